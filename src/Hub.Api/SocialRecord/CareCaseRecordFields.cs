using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Care;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

/// <summary>The social record on a case: its diary.</summary>
public sealed class CareCaseRecordFields : ITypeExtension<CareCaseType>
{
    /// <summary>Oldest first, as a diary reads; entries of one day in the order written (their ids grow with time).</summary>
    public static readonly SortOrder<DiaryEntry> DiaryOrder = SortOrder<DiaryEntry>.By("occurredOn", e => e.OccurredOn);

    public void AddFieldsTo(CareCaseType careCase) =>
        careCase.ChildConnection<CareCase, DiaryEntryType, DiaryEntry>("diary", "The case's social diary, oldest first; corrections follow what they correct, which stays (diario sociale).",
            db => db.DiaryEntries.Select(e => new Child<DiaryEntry> { ParentId = e.CareCaseId, Row = e }), DiaryOrder);
}
