using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Care;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

public sealed class CourtMeasureFilterInputType : FilterInputType<CourtMeasureFilterInputType, CourtMeasure>
{
    public CourtMeasureFilterInputType() : base("Conditions on court measures (JUDICIAL, like the fields they stand for).")
    {
        Enum<EnumerationGraphType<CourtAuthority>, CourtAuthority>("authority", m => m.Authority, "Who issued it.");
        Enum<EnumerationGraphType<CourtMeasureKind>, CourtMeasureKind>("kind", m => m.Kind, "What it orders.");
        Comparable<DateOnlyGraphType, DateOnly>("decreedOn", m => m.DecreedOn, "The decree's date.");
    }
}

public sealed class CourtMeasureSortInputType : SortInputType<CourtMeasureSortInputType, CourtMeasure>
{
    public CourtMeasureSortInputType() : base("Sort keys of court measures.")
    {
        Key("decreedOn", m => m.DecreedOn, "By the decree's date.");
    }
}

public sealed class CourtDeadlineFilterInputType : FilterInputType<CourtDeadlineFilterInputType, CourtDeadline>
{
    public CourtDeadlineFilterInputType() : base("Conditions on court deadlines (JUDICIAL, like the fields they stand for).")
    {
        Enum<EnumerationGraphType<CourtDeadlineStatus>, CourtDeadlineStatus>("status", d => d.Status, "PENDING or FILED.");
        Comparable<DateOnlyGraphType, DateOnly>("dueOn", d => d.DueOn, "When it is due.");
        Object<CareCaseFilterInputType, CareCase>("careCase", (d, db) => db.CareCases.Where(c => c.Id == d.CareCaseId), "The case (its zone, say).");
    }
}

public sealed class CourtDeadlineSortInputType : SortInputType<CourtDeadlineSortInputType, CourtDeadline>
{
    public CourtDeadlineSortInputType() : base("Sort keys of court deadlines.")
    {
        Key("dueOn", d => d.DueOn, "By due date.");
    }
}
