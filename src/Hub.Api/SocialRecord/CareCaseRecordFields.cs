using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

/// <summary>The social record on a case: its diary, its team and a transfer waiting for the receiving side.</summary>
public sealed class CareCaseRecordFields : ITypeExtension<CareCaseType>
{
    /// <summary>
    /// Newest first, entries of one day latest written on top: a social worker opening the record looks for the last contact, and
    /// a correction (a later entry) comes before what it corrects. The client asks <c>last:</c> to read from the beginning.
    /// </summary>
    public static readonly SortOrder<DiaryEntry> DiaryOrder = SortOrder<DiaryEntry>.NewestFirst("occurredOn", e => e.OccurredOn);

    public void AddFieldsTo(CareCaseType careCase)
    {
        careCase.ChildConnection<CareCase, DiaryEntryType, DiaryEntry>("diary", "The case's social diary, newest first (entries of one day latest written on top); a correction is a later entry and what it corrects stays (diario sociale).",
            db => db.DiaryEntries.Select(e => new Child<DiaryEntry> { ParentId = e.CareCaseId, Row = e }), DiaryOrder);
        // The team is part of the case and read with it: no loader.
        careCase.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseTeamMemberType>>>>("team")
            .Description("The case's team, past and current memberships, in the order they began; the case manager is the current CASE_MANAGER (équipe).")
            .Sensitive(Sensitivity.Social)
            .Resolve(context => context.Source.Team.OrderBy(m => m.From).ThenBy(m => m.Id));
        careCase.Field<CaseTransferType>("pendingTransfer")
            .Description("A transfer to another zone or case manager waiting for the receiving side; null when none (trasferimento in attesa).")
            .Sensitive(Sensitivity.Social)
            .Resolve(context => context.Source.Transfer);
    }
}
