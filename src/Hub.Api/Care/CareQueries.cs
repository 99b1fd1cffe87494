using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>Root fields for integrated care: cases, assessments, plans, placements and discharge requests.</summary>
public sealed class CareQueries : IQueryFields
{
    public static readonly SortOrder<CareCase> CaseOrder = SortOrder<CareCase>.By("openedOn", c => c.OpenedOn, descending: true);
    public static readonly SortOrder<Assessment> AssessmentOrder = SortOrder<Assessment>.By("assessedOn", a => a.AssessedOn, descending: true);
    public static readonly SortOrder<CarePlan> PlanOrder = SortOrder<CarePlan>.By("createdAt", p => p.CreatedAt, descending: true);
    public static readonly SortOrder<Placement> PlacementOrder = SortOrder<Placement>.By("requestedOn", p => p.RequestedOn, descending: true);
    public static readonly SortOrder<DischargeRequest> DischargeRequestOrder = SortOrder<DischargeRequest>.By("expectedDischargeOn", d => d.ExpectedDischargeOn);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, CareCaseType, CareCase>("careCases", "Cases (prese in carico), newest first.",
            (_, db) => db.CareCases.AsNoTracking(), CaseOrder).Sensitive(Sensitivity.Social);
        query.Connection<object?, AssessmentType, Assessment>("assessments", "UVM assessments (valutazioni multidimensionali), newest first.",
            (_, db) => db.Assessments.AsNoTracking(), AssessmentOrder).Sensitive(Sensitivity.Health);
        query.Connection<object?, CarePlanType, CarePlan>("carePlans", "Care plans (PAP), every version, newest first.",
            (_, db) => db.CarePlans.AsNoTracking(), PlanOrder).Sensitive(Sensitivity.Social);
        query.Connection<object?, PlacementType, Placement>("placements", "Placements (inserimenti) in structures, newest request first; providers list their guests' placements here.",
            (_, db) => db.Placements.AsNoTracking(), PlacementOrder).Sensitive(Sensitivity.Personal);
        query.Connection<object?, DischargeRequestType, DischargeRequest>("dischargeRequests", "Protected-discharge requests (dimissioni protette), by expected discharge date.",
            (_, db) => db.DischargeRequests.AsNoTracking(), DischargeRequestOrder).Sensitive(Sensitivity.HealthSummary);
    }
}
