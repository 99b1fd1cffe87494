using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Minors;

/// <summary>The court's measures on a minor, the reports they ask for, and their filing (JUDICIAL: child-protection workers only).</summary>
public sealed class CourtMeasureMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RecordCourtMeasureInput, CourtMeasurePayloadType>("recordCourtMeasure",
            "Records a court's measure on the minor of an open child-protection case: authority, kind, decree (provvedimento).",
            Permission.ManageCourtMeasures, RecordAsync);
        mutation.Mutation<SetCourtDeadlineInput, CourtDeadlinePayloadType>("setCourtDeadline",
            "Sets a report a court measure asks for by a date (scadenza della relazione al Tribunale).", Permission.ManageCourtMeasures, SetDeadlineAsync);
        mutation.Change<FileCourtReportInput, CourtDeadline, CourtDeadlinePayloadType>("fileCourtReport",
            "Records the report of a deadline as filed, on a day between the measure's decree and today: PENDING → FILED, late when after its due date (deposito della relazione).",
            Permission.ManageCourtMeasures, i => new(i.CourtDeadlineId, i.ExpectedVersion), async (m, deadline, i) =>
                deadline.File(await m.Db.CourtMeasures.SingleAsync(x => x.Id == deadline.CourtMeasureId, m.CancellationToken), i.FiledOn ?? m.Today, i.Reference, m.Today));
    }

    private static async Task<Entity> RecordAsync(MutationContext m, RecordCourtMeasureInput input)
    {
        var careCase = await m.Find<CareCase>(input.CareCaseId);
        var measure = new CourtMeasure(careCase, input.Authority, input.Kind, input.DecreeReference, input.DecreedOn, input.Notes, m.Today);
        m.Db.CourtMeasures.Add(measure);
        return measure;
    }

    private static async Task<Entity> SetDeadlineAsync(MutationContext m, SetCourtDeadlineInput input)
    {
        var measure = await m.Find<CourtMeasure>(input.CourtMeasureId);
        var deadline = measure.SetDeadline(input.Description, input.DueOn);
        m.Db.CourtDeadlines.Add(deadline);
        return deadline;
    }
}
