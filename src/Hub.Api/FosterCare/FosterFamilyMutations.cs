using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.FosterCare;
using Hub.Domain.Minors;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.FosterCare;

/// <summary>
/// The Centro Affidi's registry: registering a family, its training, suitability and availability, and its withdrawal
/// (foster-care officers of the family's zone: the registry's row scope finds only their zones' families).
/// </summary>
public sealed class FosterFamilyMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterFosterFamilyInput, FosterFamilyPayloadType>("registerFosterFamily",
            "Registers a CANDIDATE family in the foster registry of a zone the caller serves, with its adults (already registered persons), household and availability (iscrizione). "
            + "An adult is taken when resident in the zone, living, unprotected and followed by no service (a case, placement, discharge or access request, "
            + "family-centre referral, parental responsibility, foster family, or a child's case in the household, whoever's); any other code is refused "
            + "with one same ValidationError on parentFiscalCodes, which tells nothing of why. An adult who is a parent of a family not withdrawn of the "
            + "caller's own registry is refused by name: one family at a time. A withdrawn family gives the caller no reach to its adults.",
            Permission.ManageFosterFamilies, RegisterAsync);
        mutation.Change<RecordFosterTrainingInput, FosterFamily, FosterFamilyPayloadType>("recordFosterTraining",
            "Records a training session the family attended (formazione).", Permission.ManageFosterFamilies,
            i => new(i.FosterFamilyId, i.ExpectedVersion), (m, family, i) => family.RecordTraining(i.Course, i.AttendedOn ?? m.Today, m.Today));
        mutation.Change<AssessFosterFamilyInput, FosterFamily, FosterFamilyPayloadType>("assessFosterFamily",
            "Records the family's suitability assessment after its training: CANDIDATE → SUITABLE or NOT_SUITABLE; a later one replaces it (valutazione di idoneità).",
            Permission.ManageFosterFamilies, i => new(i.FosterFamilyId, i.ExpectedVersion), async (m, family, i) =>
            {
                var assessor = await m.FindEntity<StaffMember>(i.AssessedById);
                family.Assess(i.Outcome, i.AssessedOn ?? m.Today, assessor, m.Today);
            });
        mutation.Change<ChangeFosterAvailabilityInput, FosterFamily, FosterFamilyPayloadType>("changeFosterAvailability",
            "Changes what a family of the registry offers (disponibilità): kinds of affido, ages, places. The affidi in course stay; new ones must fit.",
            Permission.ManageFosterFamilies, i => new(i.FosterFamilyId, i.ExpectedVersion), (_, family, i) => family.ChangeAvailability(i.Availability.ToDomain()));
        mutation.Change<ChangeFosterFamilyHouseholdInput, FosterFamily, FosterFamilyPayloadType>("changeFosterFamilyHousehold",
            "Records a family's household anew, or none (nucleo familiare): the family moved, or the household was recorded wrong. Only a household one of its adults "
            + "belongs to qualifies; the affidi in course stay. Refused for a WITHDRAWN family.",
            Permission.ManageFosterFamilies, i => new(i.FosterFamilyId, i.ExpectedVersion), async (m, family, i) =>
                family.ChangeHousehold(i.HouseholdId is null ? null : await HouseholdOfAsync(m, i.HouseholdId, [.. family.Parents.Select(p => p.PersonId)])));
        mutation.Change<WithdrawFosterFamilyInput, FosterFamily, FosterFamilyPayloadType>("withdrawFosterFamily",
            "Withdraws a family from the registry: it stops fostering (cancellazione). Refused while it fosters a minor (end the affido first); "
            + "a WITHDRAWN family takes no new affido, stays as history and is not re-admitted: a family offering again is registered anew.",
            Permission.ManageFosterFamilies, i => new(i.FosterFamilyId, i.ExpectedVersion),
            async (m, family, _) => family.Withdraw(await FosterCareMutations.FosteredAsync(m, family)));
    }

    private static async Task<Entity> RegisterAsync(MutationContext m, RegisterFosterFamilyInput input)
    {
        var zone = await m.FindEntity<Zone>(input.ZoneId);
        m.Db.Scope.Caller.EnsureServes(zone);
        var parents = await ParentsAsync(m, zone, input.ParentFiscalCodes);
        var household = input.HouseholdId is null ? (Guid?)null : await HouseholdOfAsync(m, input.HouseholdId, [.. parents.Select(p => p.Id)]);
        await EnsureInNoFamilyOfTheRegistryAsync(m, parents);
        await EnsureFollowedByNoServiceAsync(m, zone, parents);
        var family = new FosterFamily(zone.Id, [.. parents.Select(p => p.Id)], household, input.Availability.ToDomain(), input.RegisteredOn ?? m.Today, m.Today);
        m.Db.FosterFamilies.Add(family);
        return family;
    }

    // Unscoped, as the adults are: the officer reaches a household only through members it sees, and a family's adults it sees only once
    // registered (a childless couple's household has no minor of the zone in it). Only a household one of the adults belongs to qualifies.
    internal static async Task<Guid> HouseholdOfAsync(MutationContext m, string householdId, List<Guid> parents)
    {
        var key = GlobalId.Decode(householdId, nameof(Household));
        return await m.Db.Households.IgnoreQueryFilters().Where(h => h.Id == key && h.Members.Any(x => parents.Contains(x.PersonId)))
            .Select(h => (Guid?)h.Id).SingleOrDefaultAsync(m.CancellationToken)
            ?? throw new DomainValidationException("HouseholdId", "The household is not one the family's adults belong to: name the household of one of them (householdId), or leave it out.");
    }

    // Unscoped, as registerPerson's uniqueness check: the officer reaches the adults only once they are in a family it sees. Only
    // living adults resident in the family's zone qualify (a zone's Centro Affidi recruits its own territory's families), so the
    // registry widens the officer's reach to no one outside its zones; nor to a resident a service follows (ServicesFollowing, the
    // anti-violence pathway's own test): a registration is no key to someone else's case load, whether the officer reads that case or
    // not. Every refusal reads the same, whether the code is unknown, protected by an anti-violence centre, deceased, a minor's, another
    // zone's resident, followed, or a parent of a family of a registry the officer does not hold: it tells only that the code is not one
    // of the zone's adults the registry may take. Only a parent of a family of the officer's own registry is named, as it sees that family.
    // What remains: the officer who registered an adult and withdrew the family learns, by registering again, that the adult is no longer
    // takeable (followed since, moved, died or protected), not which; the audit trail records every register and withdraw.
    private static async Task<List<(string Code, Guid Id)>> ParentsAsync(MutationContext m, Zone zone, IReadOnlyList<string> fiscalCodes)
    {
        var codes = fiscalCodes.Select(c => c.Trim().ToUpperInvariant()).ToList();
        var adultsBornBy = ChildProtection.MinorsBornAfter(m.Today);
        var found = await m.Db.Persons.IgnoreQueryFilters()
            .Where(p => codes.Contains(p.Identifier) && p.ProtectingCentreId == null && p.DeathDate == null && p.BirthDate <= adultsBornBy
                && m.Db.ZoneMemberships.IgnoreQueryFilters().Any(z => z.ZoneId == zone.Id && z.MunicipalityId == p.Residence.MunicipalityId && z.ValidTo == null))
            .Select(p => new { p.Id, p.Identifier }).ToListAsync(m.CancellationToken);
        if (codes.FirstOrDefault(c => found.All(p => p.Identifier != c)) is { } missing)
            throw NotTakeable(zone, missing);
        return [.. codes.Select(c => (c, found.First(p => p.Identifier == c).Id))];
    }

    // After the named refusal below, so a parent of a family of the officer's own registry is told why.
    private static async Task EnsureFollowedByNoServiceAsync(MutationContext m, Zone zone, List<(string Code, Guid Id)> parents)
    {
        var followed = await ServicesFollowing.AmongAsync(m.Db, [.. parents.Select(p => p.Id)], m.CancellationToken);
        if (parents.FirstOrDefault(p => followed.Contains(p.Id)).Code is { } code)
            throw NotTakeable(zone, code);
    }

    private static DomainValidationException NotTakeable(Zone zone, string code) => new("ParentFiscalCodes",
        $"Codice fiscale {code} is not a registered adult resident in zone {zone.Code} that the foster registry may take: the zone's social service registers residents first (registerPerson).");

    // An adult fosters with one family at a time: a parent of a family not withdrawn of the caller's own registry (its row scope: the
    // families of its zones) is refused by name, a family the officer sees. A family of another zone's registry is not the officer's to
    // learn of: such an adult is followed (ServicesFollowing) and refused as any code the registry may not take.
    private static async Task EnsureInNoFamilyOfTheRegistryAsync(MutationContext m, List<(string Code, Guid Id)> parents)
    {
        var adults = parents.Select(p => p.Id).ToList();
        var fostering = await m.Db.FosterFamilies.Where(f => f.Status != FosterFamilyStatus.Withdrawn)
            .SelectMany(f => f.Parents).Where(x => adults.Contains(x.PersonId)).Select(x => x.PersonId).FirstOrDefaultAsync(m.CancellationToken);
        if (fostering != Guid.Empty)
            throw new DomainValidationException("ParentFiscalCodes",
                $"Codice fiscale {parents.First(p => p.Id == fostering).Code} is a parent of a family of the foster registry already: "
                + "an adult fosters with one family at a time (withdrawFosterFamily that one first).");
    }
}
