using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.FosterCare;
using Hub.Domain.Minors;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.FosterCare;

/// <summary>The Centro Affidi's registry: registering a family, its training and its suitability (foster-care officers).</summary>
public sealed class FosterFamilyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterFosterFamilyInput, FosterFamilyPayloadType>("registerFosterFamily",
            "Registers a CANDIDATE family in the foster registry of a zone the caller serves, with its adults (already registered persons), household and availability (iscrizione).",
            Permission.ManageFosterFamilies, RegisterAsync);
        mutation.Change<RecordFosterTrainingInput, FosterFamily, FosterFamilyPayloadType>("recordFosterTraining",
            "Records a training session the family attended (formazione).", Permission.ManageFosterFamilies,
            i => new(i.FosterFamilyId, i.ExpectedVersion), (m, family, i) => family.RecordTraining(i.Course, i.AttendedOn ?? m.Today, m.Today));
        mutation.Change<AssessFosterFamilyInput, FosterFamily, FosterFamilyPayloadType>("assessFosterFamily",
            "Records the family's suitability assessment after its training: CANDIDATE → SUITABLE or NOT_SUITABLE; a later one replaces it (valutazione di idoneità).",
            Permission.ManageFosterFamilies, i => new(i.FosterFamilyId, i.ExpectedVersion), async (m, family, i) =>
            {
                var assessor = await m.FindEntity<StaffMember>(i.AssessedById);
                family.Assess(i.Outcome, i.AssessedOn ?? m.Today, assessor.Id, m.Today);
            });
    }

    private static async Task<Entity> RegisterAsync(MutationContext m, RegisterFosterFamilyInput input)
    {
        var zone = await m.FindEntity<Zone>(input.ZoneId);
        m.Db.Scope.Caller.EnsureServes(zone);
        var parents = await ParentsAsync(m, zone, input.ParentFiscalCodes);
        var household = input.HouseholdId is null ? null : await m.Find<Household>(input.HouseholdId);
        var family = new FosterFamily(zone.Id, parents, household?.Id, input.Availability.ToDomain(), input.RegisteredOn ?? m.Today, m.Today);
        m.Db.FosterFamilies.Add(family);
        return family;
    }

    // Unscoped, as registerPerson's uniqueness check: the officer reaches the adults only once they are in a family it sees. Only
    // living adults resident in the family's zone qualify (a zone's Centro Affidi recruits its own territory's families), so the
    // registry widens the officer's reach to no one outside its zones. Every refusal reads the same, whether the code is unknown,
    // protected by an anti-violence centre, deceased, a minor's or another zone's resident: it tells only that the code is not one of
    // the zone's adults the registry may take, which the zone's own social service knows anyway.
    private static async Task<List<Guid>> ParentsAsync(MutationContext m, Zone zone, IReadOnlyList<string> fiscalCodes)
    {
        var codes = fiscalCodes.Select(c => c.Trim().ToUpperInvariant()).ToList();
        var adultsBornBy = m.Today.AddYears(-ChildProtection.MajorityAge);
        var found = await m.Db.Persons.IgnoreQueryFilters()
            .Where(p => codes.Contains(p.Identifier) && p.ProtectingCentreId == null && p.DeathDate == null && p.BirthDate <= adultsBornBy
                && m.Db.ZoneMemberships.IgnoreQueryFilters().Any(z => z.ZoneId == zone.Id && z.MunicipalityId == p.Residence.MunicipalityId && z.ValidTo == null))
            .Select(p => new { p.Id, p.Identifier }).ToListAsync(m.CancellationToken);
        var missing = codes.FirstOrDefault(c => found.All(p => p.Identifier != c));
        if (missing is not null)
            throw new DomainValidationException("ParentFiscalCodes",
                $"Codice fiscale {missing} is not a registered adult resident in zone {zone.Code} that the foster registry may take: the zone's social service registers residents first (registerPerson).");
        return codes.Select(c => found.First(p => p.Identifier == c).Id).ToList();
    }
}
