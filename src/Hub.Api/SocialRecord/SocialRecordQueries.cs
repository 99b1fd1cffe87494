using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.SocialRecord;

/// <summary>Root fields of the social record: the access desks' requests, their answer times and the information contacts.</summary>
public sealed class SocialRecordQueries : IQueryFields
{
    public static readonly SortOrder<AccessRequest> RequestOrder = SortOrder<AccessRequest>.By("receivedOn", r => r.ReceivedOn, descending: true);
    public static readonly SortOrder<AccessRequest> DueOrder = SortOrder<AccessRequest>.By("dueOn", r => r.DueOn ?? DateOnly.MaxValue);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, AccessRequestType, AccessRequest>("accessRequests",
            "Access requests (domande / segnalazioni), newest first; `where: { status: { eq: RECEIVED }, desk: …, zone: … }` lists a desk's or a zone's open ones.",
            (_, db) => db.AccessRequests.AsNoTracking(), RequestOrder).Sensitive(Sensitivity.Social);
        query.Connection<object?, AccessRequestType, AccessRequest>("overdueAccessRequests",
            "Requests still unanswered after their due date, today in the hub's time zone, the longest overdue first (domande scadute).",
            (context, db) =>
            {
                var today = context.RequestServices!.GetRequiredService<BusinessClock>().Today;
                return db.AccessRequests.AsNoTracking().Where(r => r.Status == AccessRequestStatus.Received && r.DueOn < today);
            }, DueOrder).Sensitive(Sensitivity.Social);
        Period<InformationContactCountType>(query, "informationContactCounts",
            "Information-only contacts (segretariato sociale) counted per zone, desk, area and who asked, received in the period; no personal data. Within the caller's reach: a zone's staff their zones, a desk its own.")
            .Sensitive(Sensitivity.Public)
            .ResolveAsync(async context =>
            {
                var (from, to) = context.PeriodOf();
                return await DeskFigures.ContactsAsync(Db(context), from, to, Key(context, "zone", "Zone"), Key(context, "desk", "Organization"), context.CancellationToken);
            });
        Period<AnswerTimeType>(query, "accessRequestAnswerTimes",
            "Time to answer of the access requests received in the period, per zone and desk: median and average days received → answered, and how many went overdue (tempi di risposta). Within the caller's reach.")
            .Sensitive(Sensitivity.Social)
            .ResolveAsync(async context =>
            {
                var (from, to) = context.PeriodOf();
                return await DeskFigures.AnswerTimesAsync(Db(context), from, to, Key(context, "zone", "Zone"), Key(context, "desk", "Organization"),
                    context.RequestServices!.GetRequiredService<BusinessClock>().Today, context.CancellationToken);
            });
    }

    private static FieldBuilder<object?, object> Period<TRowType>(ObjectGraphType query, string name, string description) where TRowType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TRowType>>>>(name).Description(description).Period()
            .Argument<IdGraphType>("zone", "Only this zone (Zone id).")
            .Argument<IdGraphType>("desk", "Only this desk (Organization id).");

    private static HubDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HubDbContext>();

    private static Guid? Key(IResolveFieldContext context, string argument, string typeName) =>
        context.GetArgument<string?>(argument) is { } id ? GlobalId.Decode(id, typeName) : null;
}
