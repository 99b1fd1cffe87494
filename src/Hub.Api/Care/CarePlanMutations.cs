using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>Writing care plans (PAP) and their interventions, and moving plans through their states.</summary>
public sealed class CarePlanMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<DraftCarePlanInput, CarePlanPayloadType>("draftCarePlan", "Drafts version 1 of a plan for an open case (bozza di PAP).", Permission.ManageCarePlans,
            async (m, input) =>
            {
                var plan = new CarePlan(await m.Find<CareCase>(input.CareCaseId), input.Type, input.Goals);
                m.Db.CarePlans.Add(plan);
                return plan;
            });
        mutation.Change<AddInterventionInput, CarePlan, CarePlanPayloadType>("addIntervention", "Adds an intervention to a draft plan (aggiunta intervento).",
            Permission.ManageCarePlans, i => new(i.CarePlanId, i.ExpectedVersion),
            async (m, plan, i) => m.Db.Interventions.Add(plan.AddIntervention(await DetailsAsync(m, i.Intervention))), WithInterventions);
        mutation.Mutation<ChangeInterventionInput, CarePlanPayloadType>("changeIntervention", "Changes an intervention of a draft plan (modifica intervento).", Permission.ManageCarePlans,
            async (m, input) =>
            {
                var (plan, intervention) = await FindIntervention(m, input.InterventionId, input.ExpectedVersion);
                plan.ChangeIntervention(intervention.Id, await DetailsAsync(m, input.Intervention));
                return plan;
            });
        mutation.Mutation<RemoveInterventionInput, CarePlanPayloadType>("removeIntervention", "Removes an intervention from a draft plan (rimozione intervento).", Permission.ManageCarePlans,
            async (m, input) =>
            {
                var (plan, intervention) = await FindIntervention(m, input.InterventionId, input.ExpectedVersion);
                plan.RemoveIntervention(intervention.Id);
                m.Db.Interventions.Remove(intervention);
                return plan;
            });
        mutation.Change<ActivateCarePlanInput, CarePlan, CarePlanPayloadType>("activateCarePlan",
            "Signs and activates a proposed plan on an assessment of its case; a revision supersedes the version it revises; the case is taken in charge (attivazione PAP).",
            Permission.ManageCarePlans, i => new(i.CarePlanId, i.ExpectedVersion), ActivateAsync, WithInterventions);
        mutation.Mutation<CarePlanActionInput, CarePlanPayloadType>("reviseCarePlan",
            "Starts the next version of an active or suspended plan as a draft with a copy of its interventions; it supersedes this one when activated (revisione).",
            Permission.ManageCarePlans, async (m, input) =>
            {
                var next = (await m.Find<CarePlan>(input.CarePlanId, input.ExpectedVersion, WithInterventions)).Revise();
                m.Db.CarePlans.Add(next);
                return next;
            });
        Transition(mutation, "proposeCarePlan", "Proposes a draft plan with at least one intervention to the person: DRAFT → PROPOSED (proposta).", p => p.Propose());
        Transition(mutation, "suspendCarePlan", "Suspends an active plan: ACTIVE → SUSPENDED (sospensione).", p => p.Suspend());
        Transition(mutation, "resumeCarePlan", "Resumes a suspended plan: SUSPENDED → ACTIVE (ripresa).", p => p.Resume());
        Transition(mutation, "completeCarePlan", "Completes an active plan: ACTIVE → COMPLETED (conclusione).", p => p.Complete());
        Transition(mutation, "revokeCarePlan", "Revokes an active or suspended plan: → REVOKED (revoca).", p => p.Revoke());
    }

    private static async Task ActivateAsync(MutationContext m, CarePlan plan, ActivateCarePlanInput input)
    {
        var assessment = await m.Find<Assessment>(input.AssessmentId);
        var careCase = await m.Db.CareCases.SingleAsync(c => c.Id == plan.CareCaseId, m.CancellationToken);
        var revised = plan.PreviousPlanId is { } previous ? await m.Db.CarePlans.SingleAsync(p => p.Id == previous, m.CancellationToken) : null;
        plan.Activate(assessment, careCase, revised, input.SignedBy, m.Now, m.Today, input.ReviewDue);
    }

    private static void Transition(ObjectGraphType mutation, string name, string description, Action<CarePlan> change) =>
        mutation.Change<CarePlanActionInput, CarePlan, CarePlanPayloadType>(name, description, Permission.ManageCarePlans,
            i => new(i.CarePlanId, i.ExpectedVersion), (_, plan, _) => change(plan), WithInterventions);

    private static IQueryable<CarePlan> WithInterventions(IQueryable<CarePlan> plans) => plans.Include(p => p.Interventions);

    private static async Task<(CarePlan Plan, Intervention Intervention)> FindIntervention(MutationContext m, string id, long? expectedVersion)
    {
        var intervention = await m.Find<Intervention>(id, expectedVersion);
        var plan = await m.Db.CarePlans.Include(p => p.Interventions).SingleAsync(p => p.Id == intervention.CarePlanId, m.CancellationToken);
        return (plan, intervention);
    }

    private static async Task<InterventionDetails> DetailsAsync(MutationContext m, InterventionInput input)
    {
        var service = await m.FindEntity<Service>(input.ServiceId);
        var provider = await m.FindOptional<Organization>(input.ProviderId);
        var shares = new CostShares(input.HealthShare ?? 0, input.SocialShare ?? 0, input.UserShare ?? 0, input.MunicipalityShare ?? 0);
        return new InterventionDetails(input.Kind, service.Id, provider?.Id, input.Frequency, input.WeeklyHours, input.StartsOn, input.EndsOn, shares);
    }
}
