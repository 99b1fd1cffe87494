using GraphQL.Types;
using Hub.Api.Figures;
using Hub.Api.GraphQL;
using Hub.Api.Planning;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Families;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Families;

/// <summary>
/// Referrals to one family centre for one service that reached one outcome, over a period; the count is null (suppressed)
/// when the cell concerns fewer than <see cref="SmallCells.MinimumPersons"/> families.
/// </summary>
public sealed record FamilyCenterUse(Guid ZoneId, Guid FamilyCenterId, string Service, ReferralOutcome Outcome, int? Referrals) : ISuppressible
{
    /// <summary>The count is withheld: fewer than <see cref="SmallCells.MinimumPersons"/> families.</summary>
    public bool Suppressed => Referrals is null;

    /// <summary>
    /// The figures of referrals made from <paramref name="from"/> to <paramref name="to"/>, both included, over what
    /// <paramref name="db"/>'s scope reaches (the system's: every zone; the caller's zones are kept by the query). Counted in the database, grouped by zone, centre, service and outcome; a family is its
    /// household, or the child when no household is named. Small cells are suppressed with the threshold the hub uses for
    /// every figure counted from persons (DESIGN §4, 5 units: the hub's choice, above the minimum of three that the Sistan's
    /// deontological rules for statistics set, all. A.4 to d.lgs. 196/2003, art. 4 c.1; see <see cref="SmallCells"/>).
    /// </summary>
    public static async Task<List<FamilyCenterUse>> OfAsync(HubDbContext db, DateOnly from, DateOnly to, Guid? zone, CancellationToken ct) =>
        (await db.FamilyCenterReferrals.AsNoTracking()
            .Where(r => r.ReferredOn >= from && r.ReferredOn <= to && (zone == null || r.ZoneId == zone))
            .GroupBy(r => new { r.ZoneId, r.FamilyCenterId, r.Service, r.Outcome })
            .Select(g => new { g.Key, Referrals = g.Count(), Families = g.Select(r => r.HouseholdId ?? r.ChildId).Distinct().Count() })
            .OrderBy(g => g.Key.ZoneId).ThenBy(g => g.Key.FamilyCenterId).ThenBy(g => g.Key.Service).ThenBy(g => g.Key.Outcome)
            .ToListAsync(ct))
        .ConvertAll(g => new FamilyCenterUse(g.Key.ZoneId, g.Key.FamilyCenterId, g.Key.Service, g.Key.Outcome, SmallCells.Shown(g.Families, g.Referrals)));
}

/// <summary>A cell of a zone's family-centre figures: PUBLIC, it names no family and hides small counts.</summary>
public sealed class FamilyCenterUseType : HubObjectGraphType<FamilyCenterUse>
{
    public FamilyCenterUseType() : base("FamilyCenterUse",
        $"Referrals to a Centro per le famiglie for one service that reached one outcome in a period (utilizzo dei Centri per le famiglie); no personal data, cells under {SmallCells.MinimumPersons} families suppressed.",
        Sensitivity.Public)
    {
        Reference<ZoneType>("zone", u => u.ZoneId).Description("The centre's zone-distretto.");
        Reference<FamilyCenterType>("familyCenter", u => u.FamilyCenterId).Description("The centre.");
        Field(u => u.Service).Description("The service the families were referred for (servizio).");
        Field(u => u.Outcome).Description("The outcome the referrals reached (esito).");
        Field(u => u.Referrals, nullable: true).Description($"How many referrals; null when they concern fewer than {SmallCells.MinimumPersons} families (suppressed).");
        Field(u => u.Suppressed).Description("Whether the count is withheld because the cell is too small to publish.");
    }
}
