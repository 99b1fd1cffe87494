using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Territory;

namespace Hub.Api.Care;

/// <summary>Opening, assigning, moving and closing cases (presa in carico).</summary>
public sealed class CareCaseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<OpenCaseInput, CareCasePayloadType>("openCase", "Opens a case in state REFERRED (apertura presa in carico).", Permission.ManageCases, OpenAsync);
        mutation.Mutation<AssignCaseManagerInput, CareCasePayloadType>("assignCaseManager", "Names the case manager of an open case (nomina del responsabile).", Permission.ManageCases,
            async (m, input) =>
            {
                var careCase = await m.Find<CareCase>(input.CareCaseId, input.ExpectedVersion);
                careCase.AssignCaseManager((await m.FindEntity<StaffMember>(input.StaffMemberId)).Id);
                return careCase;
            });
        Transition(mutation, "startCaseAssessment", "Starts the assessment of a referred case: REFERRED → ASSESSING (avvio valutazione).", c => c.StartAssessment());
        Transition(mutation, "suspendCase", "Suspends an active case: ACTIVE → SUSPENDED (sospensione).", c => c.Suspend());
        Transition(mutation, "resumeCase", "Resumes a suspended case: SUSPENDED → ACTIVE (ripresa).", c => c.Resume());
        Transition(mutation, "reassessCase", "Starts a reassessment: ACTIVE → REASSESSING (rivalutazione).", c => c.Reassess());
        mutation.Mutation<CaseActionInput, CareCasePayloadType>("cancelCase", "Cancels a case opened by mistake (annullamento).", Permission.ManageCases,
            async (m, input) =>
            {
                var careCase = await m.Find<CareCase>(input.CareCaseId, input.ExpectedVersion);
                careCase.Cancel(m.Today, m.Today);
                return careCase;
            });
        mutation.Mutation<CloseCaseInput, CareCasePayloadType>("closeCase", "Closes an open case with a reason (chiusura della presa in carico).", Permission.ManageCases,
            async (m, input) =>
            {
                var careCase = await m.Find<CareCase>(input.CareCaseId, input.ExpectedVersion);
                careCase.Close(input.Reason, input.ClosedOn ?? m.Today, m.Today);
                return careCase;
            });
    }

    private static async Task<Entity> OpenAsync(MutationContext m, OpenCaseInput input)
    {
        var person = await m.FindEntity<Person>(input.PersonId);
        var zone = await m.FindEntity<Zone>(input.ZoneId);
        var careCase = new CareCase(person.Id, zone.Id, input.Area, input.AccessChannel, input.OpenedOn ?? m.Today, m.Today);
        careCase.WriteNotes(input.Notes);
        m.Db.CareCases.Add(careCase);
        return careCase;
    }

    private static void Transition(ObjectGraphType mutation, string name, string description, Action<CareCase> change) =>
        mutation.Mutation<CaseActionInput, CareCasePayloadType>(name, description, Permission.ManageCases, async (m, input) =>
        {
            var careCase = await m.Find<CareCase>(input.CareCaseId, input.ExpectedVersion);
            change(careCase);
            return careCase;
        });
}
