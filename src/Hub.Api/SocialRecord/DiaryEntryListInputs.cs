using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

public sealed class DiaryEntryFilterInputType : FilterInputType<DiaryEntryFilterInputType, DiaryEntry>
{
    public DiaryEntryFilterInputType() : base("Conditions on diary entries (the text itself is not a condition: its clearance varies by entry).")
    {
        Enum<EnumerationGraphType<DiaryEntryKind>, DiaryEntryKind>("kind", e => e.Kind, "What it records.");
        Comparable<DateOnlyGraphType, DateOnly>("occurredOn", e => e.OccurredOn, "When it happened.");
    }
}

public sealed class DiaryEntrySortInputType : SortInputType<DiaryEntrySortInputType, DiaryEntry>
{
    public DiaryEntrySortInputType() : base("Sort keys of diary entries.")
    {
        Key("occurredOn", e => e.OccurredOn, "By date; entries of one day in the order written.");
        Key("kind", e => e.Kind, "By kind.");
    }
}
