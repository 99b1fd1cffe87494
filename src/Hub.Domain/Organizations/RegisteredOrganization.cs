using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Organizations;

/// <summary>
/// What the organisation registry says of one organisation, against which a token's claims are
/// checked (DESIGN §4): its kind, the zones it serves, the structures it runs and its staff in post. An Azienda USL
/// serves the zones of its Azienda, a Società della Salute its zone, a comune the zone it belongs
/// to now; hospitals, providers and the Region serve no zone. A closed organisation (issue 15: records
/// close, never go) is still held, so its tokens are refused with the date it closed; a closed
/// structure is no longer one it runs.
/// </summary>
public sealed record RegisteredOrganization(OrganizationKind Kind, IReadOnlySet<string> ZoneCodes, IReadOnlySet<string> StructureCodes, IReadOnlySet<Guid> StaffIds, DateOnly? ClosedOn)
{
    /// <summary>Every organisation, by id: master data only, which every context may read.</summary>
    public static async Task<Dictionary<Guid, RegisteredOrganization>> LoadAllAsync(HubDbContext db, CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new { o.Id, o.Kind, o.HealthAuthorityId, o.ZoneId, o.MunicipalityId, o.ClosedOn }).ToListAsync(ct);
        var zones = await db.Zones.AsNoTracking().Where(z => z.ValidTo == null).Select(z => new { z.Id, z.Code, z.HealthAuthorityId }).ToListAsync(ct);
        var comuni = (await db.ZoneMemberships.AsNoTracking().Where(m => m.ValidTo == null).Select(m => new { m.MunicipalityId, m.ZoneId }).ToListAsync(ct))
            .ToLookup(m => m.MunicipalityId, m => m.ZoneId);
        // Every structure, shelters too, past the scope that hides them (from nobody as from everyone else): only their codes are read, to check tokens against.
        var structures = (await db.Structures.IgnoreQueryFilters().AsNoTracking().Where(s => s.ClosedOn == null).Select(s => new { s.OperatorOrganizationId, s.RegionalCode }).ToListAsync(ct))
            .ToLookup(s => s.OperatorOrganizationId, s => s.RegionalCode);
        var staff = (await db.StaffMembers.AsNoTracking().Where(s => s.ClosedOn == null).Select(s => new { s.OrganizationId, s.Id }).ToListAsync(ct))
            .ToLookup(s => s.OrganizationId, s => s.Id);
        return organizations.ToDictionary(o => o.Id, o =>
        {
            var served = o.Kind switch
            {
                OrganizationKind.HealthAuthority => zones.Where(z => z.HealthAuthorityId == o.HealthAuthorityId),
                OrganizationKind.HealthSociety => zones.Where(z => z.Id == o.ZoneId),
                OrganizationKind.Municipality => zones.Where(z => o.MunicipalityId is { } comune && comuni[comune].Contains(z.Id)),
                _ => [],
            };
            return new RegisteredOrganization(o.Kind, served.Select(z => z.Code).ToHashSet(StringComparer.Ordinal),
                structures[o.Id].ToHashSet(StringComparer.Ordinal), staff[o.Id].ToHashSet(), o.ClosedOn);
        });
    }

    /// <summary>
    /// Refuses a caller of a closed organisation, or whose kind, zones, structures or staff member this organisation
    /// does not have, naming the claim at fault.
    /// </summary>
    /// <exception cref="InvalidCallerException">The organisation is closed, or a claim contradicts the registry.</exception>
    public void Check(Caller caller)
    {
        if (ClosedOn is { } closed)
            throw new InvalidCallerException($"The token's 'org' claim names an organisation the registry has closed on {closed:yyyy-MM-dd}.");
        if (caller.OrganizationKind != Kind)
            throw new InvalidCallerException($"The token's 'org_kind' claim says {Caller.ClaimName(caller.OrganizationKind!.Value)}, but the registry has its organisation as {Caller.ClaimName(Kind)}.");
        if (caller.ZoneCodes.FirstOrDefault(code => !ZoneCodes.Contains(code)) is { } zone)
            throw new InvalidCallerException($"The token's 'zones' claim names '{zone}', which is not a zone its organisation serves.");
        if (caller.StructureCodes.FirstOrDefault(code => !StructureCodes.Contains(code)) is { } structure)
            throw new InvalidCallerException($"The token's 'structures' claim names '{structure}', which is not a structure its organisation runs.");
        if (caller.StaffMemberId is { } member && !StaffIds.Contains(member))
            throw new InvalidCallerException($"The token's 'staff' claim names {member}, who is not on its organisation's staff (or has left).");
    }

    /// <summary>The refusal for an organisation the registry does not hold (a made-up or nil id).</summary>
    public static InvalidCallerException Unknown(Guid id) => new($"The token's 'org' claim names organisation {id}, which is not in the registry.");
}
