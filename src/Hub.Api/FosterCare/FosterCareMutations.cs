using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.FosterCare;
using Hub.Domain.Minors;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.FosterCare;

/// <summary>Affidi familiari: placements of kind FOSTER_CARE, started, reviewed every six months and ended by foster-care officers and child-protection workers.</summary>
public sealed class FosterCareMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<StartFosterCareInput, PlacementPayloadType>("startFosterCare",
            "Starts an affido familiare: the minor of a plan's FOSTER_CARE intervention is placed with a SUITABLE family (placement of kind FOSTER_CARE, ADMITTED from the start); a judicial affido names its court measure.",
            Permission.ManageFosterCare, StartAsync);
        mutation.Mutation<ReviewFosterCareInput, FosterCareReviewPayloadType>("reviewFosterCare",
            "Records the periodic review of an affido in course and when the next is due, within six months (verifica semestrale).",
            Permission.ManageFosterCare, async (m, input) =>
            {
                var placement = await m.Find<Placement>(input.PlacementId);
                var review = new FosterCareReview(placement, input.ReviewedOn ?? m.Today, input.Outcome, input.NextReviewOn, m.Today);
                m.Db.FosterCareReviews.Add(review);
                return review;
            });
        mutation.Change<EndFosterCareInput, Placement, PlacementPayloadType>("endFosterCare",
            "Ends an affido with its outcome: ADMITTED → DISCHARGED (conclusione dell'affido).", Permission.ManageFosterCare,
            i => new(i.PlacementId, i.ExpectedVersion), (m, placement, i) => placement.EndFosterCare(i.EndedOn ?? m.Today, i.Outcome, m.Today));
    }

    private static async Task<Entity> StartAsync(MutationContext m, StartFosterCareInput input)
    {
        var intervention = await m.Find<Intervention>(input.InterventionId);
        var plan = await m.Db.CarePlans.SingleAsync(p => p.Id == intervention.CarePlanId, m.CancellationToken);
        // Unscoped, as requestPlacement reads the person: the minor of a case of the caller's zone may live in another; only the
        // birth date is read, for the rules, and nothing of it is returned.
        var minor = await m.Db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == plan.PersonId, m.CancellationToken);
        var family = await m.Find<FosterFamily>(input.FosterFamilyId);
        var measure = input.CourtMeasureId is null ? null : await m.Find<CourtMeasure>(input.CourtMeasureId);
        var terms = new FosterCareTerms(input.Basis, input.Relation, input.Schedule, input.Setting, measure?.Id);
        var replaced = await PlacementMutations.ReplacedOfSameCaseAsync(m, input.ReplacesPlacementId, plan.CareCaseId);
        var placement = Affido.Start(intervention, plan, minor, family, terms, measure, input.StartsOn ?? m.Today, input.PlannedEndOn,
            await FosteredAsync(m, family), m.Today, await PlacementsInCourse.ReadAsync(m.Db, minor.Id, m.Today, m.CancellationToken),
            replaced, replaced is null ? null : await PlacementMutations.ModuleOrNoneOf(m, replaced));
        m.Db.Placements.Add(placement);
        return placement;
    }

    /// <summary>
    /// Every minor the family fosters now, whoever's zone they come from: the caller may not see them all, the family's places
    /// count them all, and a family fostering one cannot leave the registry. A count, so nothing of the minors is read.
    /// </summary>
    internal static Task<int> FosteredAsync(MutationContext m, FosterFamily family) =>
        m.Db.Placements.IgnoreQueryFilters().CountAsync(p => p.FosterFamilyId == family.Id && p.Status == PlacementStatus.Admitted, m.CancellationToken);
}
