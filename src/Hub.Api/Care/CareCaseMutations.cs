using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>Opening, assigning, moving and closing cases (presa in carico).</summary>
public sealed class CareCaseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<OpenCaseInput, CareCasePayloadType>("openCase", "Opens a case in state REFERRED (apertura presa in carico).", Permission.ManageCases, OpenAsync);
        mutation.Change<AssignCaseManagerInput, CareCase, CareCasePayloadType>("assignCaseManager", "Names the case manager of an open case (nomina del responsabile).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion),
            async (m, careCase, i) => careCase.AssignCaseManager((await m.FindEntity<StaffMember>(i.StaffMemberId)).Id, m.Today));
        Transition(mutation, "startCaseAssessment", "Starts the assessment of a referred case: REFERRED → ASSESSING (avvio valutazione).", (_, c) => c.StartAssessment());
        Transition(mutation, "suspendCase", "Suspends an active case: ACTIVE → SUSPENDED (sospensione).", (_, c) => c.Suspend());
        Transition(mutation, "resumeCase", "Resumes a suspended case: SUSPENDED → ACTIVE (ripresa).", (_, c) => c.Resume());
        Transition(mutation, "reassessCase", "Starts a reassessment: ACTIVE → REASSESSING (rivalutazione).", (_, c) => c.Reassess());
        Transition(mutation, "cancelCase", "Cancels a case opened by mistake (annullamento).", (m, c) => c.Cancel(m.Today, m.Today));
        mutation.Change<CloseCaseInput, CareCase, CareCasePayloadType>("closeCase", "Closes an open case with a reason (chiusura della presa in carico).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
                careCase.Close(i.Reason, i.ClosedOn ?? m.Today, m.Today, await m.Db.CarePlans.Include(p => p.Interventions).Where(p => p.CareCaseId == careCase.Id).ToListAsync(m.CancellationToken)));
        mutation.Change<ReopenCaseInput, CareCase, CareCasePayloadType>("reopenCase", "Reopens a closed case as a new episode, back to REFERRED, with a reason; its history stays (riapertura).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
            {
                // Unscoped, for the rule only: the person of a case of the caller's zone may live in another.
                (await m.Db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == careCase.PersonId, m.CancellationToken)).EnsureAlive(nameof(i.CareCaseId));
                careCase.Reopen(i.Reason);
            });
    }

    private static async Task<Entity> OpenAsync(MutationContext m, OpenCaseInput input)
    {
        var person = await m.FindEntity<Person>(input.PersonId);
        person.EnsureAlive(nameof(input.PersonId));
        person.EnsureBornBy(input.OpenedOn ?? m.Today, nameof(input.OpenedOn));
        var zone = await m.FindEntity<Zone>(input.ZoneId);
        m.Db.Scope.Caller.EnsureServes(zone);
        var careCase = new CareCase(person.Id, zone.Id, input.Area, input.AccessChannel, input.OpenedOn ?? m.Today, m.Today);
        careCase.WriteNotes(input.Notes);
        m.Db.CareCases.Add(careCase);
        return careCase;
    }

    private static void Transition(ObjectGraphType mutation, string name, string description, Action<MutationContext, CareCase> change) =>
        mutation.Change<CaseActionInput, CareCase, CareCasePayloadType>(name, description, Permission.ManageCases,
            i => new(i.CareCaseId, i.ExpectedVersion), (m, careCase, _) => change(m, careCase));
}
