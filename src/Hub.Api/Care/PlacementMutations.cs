using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Families;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>Placements (inserimenti) from request to discharge; admissions and discharges move the module's places.</summary>
public sealed class PlacementMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RequestPlacementInput, PlacementPayloadType>("requestPlacement", "Requests a place in a module for an intervention (richiesta di inserimento).",
            Permission.RequestPlacements, RequestAsync);
        Change<WaitlistPlacementInput>(mutation, "waitlistPlacement", "Puts a requested placement on the waiting list, or changes its priority (lista d'attesa).",
            Permission.RequestPlacements, i => new(i.PlacementId, i.ExpectedVersion), (m, p, i) => p.Waitlist(i.Priority));
        Change<OfferPlaceInput>(mutation, "offerPlace", "Offers a place to a requested or waitlisted placement (offerta del posto).",
            Permission.RequestPlacements, i => new(i.PlacementId, i.ExpectedVersion), (m, p, i) => p.Offer(m.Today, i.ExpiresOn));
        Change<PlacementActionInput>(mutation, "confirmPlacement", "Records that the person accepted the offer: OFFERED → CONFIRMED (conferma).",
            Permission.OperatePlacements, i => new(i.PlacementId, i.ExpectedVersion), (m, p, i) => p.Confirm());
        Change<EndPlacementInput>(mutation, "declinePlacement", "Records that the person refused the offer: OFFERED → DECLINED (rifiuto).",
            Permission.RequestPlacements, i => new(i.PlacementId, i.ExpectedVersion), (m, p, i) => p.Decline(i.Note));
        Change<EndPlacementInput>(mutation, "cancelPlacement", "Cancels a placement before admission (annullamento).",
            Permission.RequestPlacements, i => new(i.PlacementId, i.ExpectedVersion), (m, p, i) => p.Cancel(i.Note));
        Change<RecordAbsenceInput>(mutation, "recordAbsence", "Records an absence of an admitted guest: ADMITTED → ABSENT (assenza).",
            Permission.OperatePlacements, i => new(i.PlacementId, i.ExpectedVersion), (m, p, i) => p.RecordAbsence(i.Since ?? m.Today, m.Today));
        Change<PlacementActionInput>(mutation, "recordReturn", "Records the guest's return: ABSENT → ADMITTED (rientro).",
            Permission.OperatePlacements, i => new(i.PlacementId, i.ExpectedVersion), (m, p, i) => p.RecordReturn());
        mutation.Change<AdmitPlacementInput, Placement, PlacementPayloadType>("admitPlacement",
            "Admits a confirmed placement, taking a place of its module; refused with CapacityExceededError when none is free, also under concurrent admissions (ingresso). Idempotent by key.",
            Permission.OperatePlacements, i => new(i.PlacementId, i.ExpectedVersion), async (m, p, i) => p.Admit(await ModuleOf(m, p), i.AdmittedOn ?? m.Today, m.Today, await ReplacedAsync(m, p)));
        mutation.Change<DischargePlacementInput, Placement, PlacementPayloadType>("dischargePlacement",
            "Discharges an admitted or absent guest with a reason, freeing the place (dimissione). Idempotent by key.",
            Permission.OperatePlacements, i => new(i.PlacementId, i.ExpectedVersion), async (m, p, i) => p.Discharge(await ModuleOf(m, p), i.On ?? m.Today, i.Reason, m.Today));
    }

    private static async Task<Entity> RequestAsync(MutationContext m, RequestPlacementInput input)
    {
        var intervention = await m.Find<Intervention>(input.InterventionId);
        var module = await m.Find<StructureModule>(input.ModuleId, include: q => q.Include(x => x.Structure));
        var plan = await m.Db.CarePlans.Where(p => p.Id == intervention.CarePlanId).Select(p => new { p.PersonId, p.CareCaseId }).SingleAsync(m.CancellationToken);
        var personId = plan.PersonId;
        // The age decides the kind of structure whether or not the caller's scope reaches the person (a case of its zone for a
        // non-resident): only the birth date is read, for the rule, and nothing of it is returned.
        var birthDate = await m.Db.Persons.IgnoreQueryFilters().Where(p => p.Id == personId).Select(p => p.BirthDate).SingleAsync(m.CancellationToken);
        Communities.EnsureFits(birthDate, intervention.Kind, module.Structure!.Kind, input.RequestedOn ?? m.Today);
        var replaced = await ReplacedOfSameCaseAsync(m, input.ReplacesPlacementId, plan.CareCaseId);
        var placement = new Placement(intervention, personId, module, input.RequestedOn ?? m.Today, input.MaximumEndDate, m.Today,
            await PlacementsInCourse.ReadAsync(m.Db, personId, m.Today, m.CancellationToken), replaced);
        m.Db.Placements.Add(placement);
        return placement;
    }

    /// <summary>
    /// The placement a new one in case <paramref name="careCaseId"/> transfers the person from (<paramref name="globalId"/>), null for none:
    /// one the caller sees, of that same case. Else NotFound, as for one it cannot see.
    /// </summary>
    /// <remarks>
    /// Why the same case: the caller may see a placement of another case (one waiting to be transferred to its zone, one of a case whose
    /// team it is on), and the admission here ends the replaced one and gives its place back; a transfer between cases would let one
    /// zone end another's placement, which that zone never agreed to. A transfer of the person between zones moves the case first.
    /// </remarks>
    internal static async Task<Placement?> ReplacedOfSameCaseAsync(MutationContext m, string? globalId, Guid careCaseId)
    {
        if (globalId is null)
            return null;
        var replaced = await m.Find<Placement>(globalId);
        // Unscoped: the placement is the caller's to see already; only its case id is compared.
        var plans = m.Db.CarePlans.IgnoreQueryFilters();
        var sameCase = await m.Db.Interventions.IgnoreQueryFilters().Where(i => i.Id == replaced.InterventionId)
            .AnyAsync(i => plans.Any(p => p.Id == i.CarePlanId && p.CareCaseId == careCaseId), m.CancellationToken);
        return sameCase ? replaced : throw new NotFoundException(nameof(Placement), globalId);
    }

    // The module row is read and written with its version: two admissions racing for its last place
    // cannot both save, and the loser is retried on fresh data (MutationRunner) and refused.
    // An affido (FOSTER_CARE) has no module: it starts admitted and ends with endFosterCare.
    private static async Task<StructureModule> ModuleOf(MutationContext m, Placement placement) => await ModuleOrNoneOf(m, placement)
        ?? throw new DomainValidationException("PlacementId", "An affido takes no place of a module: it starts admitted (startFosterCare) and ends with endFosterCare.");

    /// <summary>
    /// The placement a transfer replaces, with its module for a structure's place; null for a first placement. The case's staff named it when they
    /// asked this one; whoever admits here (this structure's provider) ends it without reaching it: read unscoped for that, nothing of it returned.
    /// </summary>
    internal static async Task<(Placement Placement, StructureModule? Module)?> ReplacedAsync(MutationContext m, Placement placement)
    {
        if (placement.ReplacesId is not { } id)
            return null;
        var replaced = await m.Db.Placements.IgnoreQueryFilters().SingleAsync(x => x.Id == id, m.CancellationToken);
        // Its module too, for the same reason: a shelter's is hidden from the provider that admits her elsewhere.
        return (replaced, replaced.ModuleId is { } moduleId ? await m.Db.StructureModules.IgnoreQueryFilters().SingleAsync(x => x.Id == moduleId, m.CancellationToken) : null);
    }

    /// <summary>The module of a structure placement (the one a replaced placement gives its place back to); null for an affido.</summary>
    internal static async Task<StructureModule?> ModuleOrNoneOf(MutationContext m, Placement placement) => placement.ModuleId is { } moduleId
        ? await m.Db.StructureModules.SingleAsync(x => x.Id == moduleId, m.CancellationToken)
        : null;

    private static void Change<TInput>(ObjectGraphType mutation, string name, string description, Permission permission,
        Func<TInput, ChangeTarget> target, Action<MutationContext, Placement, TInput> change) where TInput : notnull =>
        mutation.Change<TInput, Placement, PlacementPayloadType>(name, description, permission, target, change);
}
