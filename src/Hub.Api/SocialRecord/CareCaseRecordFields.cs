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
    /// <summary>Oldest first, as a diary reads; entries of one day in the order written (their ids grow with time).</summary>
    public static readonly SortOrder<DiaryEntry> DiaryOrder = SortOrder<DiaryEntry>.By("occurredOn", e => e.OccurredOn);

    public void AddFieldsTo(CareCaseType careCase)
    {
        careCase.ChildConnection<CareCase, DiaryEntryType, DiaryEntry>("diary", "The case's social diary, oldest first; corrections follow what they correct, which stays (diario sociale).",
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
