using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Minors;

/// <summary>Root fields of child protection: the reports to the court that are overdue.</summary>
public sealed class MinorsQueries : IQueryFields
{
    public static readonly SortOrder<CourtDeadline> DueOrder = SortOrder<CourtDeadline>.By("dueOn", d => d.DueOn);

    public void AddTo(ObjectGraphType query) =>
        query.Connection<object?, CourtDeadlineType, CourtDeadline>("overdueCourtReports",
            "Reports to the court still pending after their due date, today in the hub's time zone, the longest overdue first (relazioni scadute); `where: { careCase: { zone: … } }` narrows to a zone.",
            (context, db) =>
            {
                var today = context.RequestServices!.GetRequiredService<BusinessClock>().Today;
                return db.CourtDeadlines.AsNoTracking().Where(d => d.Status == CourtDeadlineStatus.Pending && d.DueOn < today);
            }, DueOrder).Sensitive(Sensitivity.Judicial);
}
