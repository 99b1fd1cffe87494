using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.SocialRecord;

/// <summary>Root fields of the social record: the access desks' requests.</summary>
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
    }
}
