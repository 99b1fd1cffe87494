using System.Linq.Expressions;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Access;

/// <summary>
/// The rows each caller reaches (DESIGN §4, layer 2), as EF Core global query filters: every query
/// of these entities, whatever path built it (root list, node, nested field, loader, filter,
/// count), carries the scope in its SQL. The caller is read from the context instance
/// (<see cref="HubDbContext.Scope"/>), so each context's queries are bound to its own caller
/// as parameters. Master data (territory, organisations, staff, structures, services) is open to
/// every authenticated caller and has no scope.
/// </summary>
/// <remarks>
/// A filter that reads another scoped set gets that set's filter too, so the scopes build on each
/// other and must not form a cycle: persons rest on discharge requests and master data only;
/// cases on persons; plans, assessments, interventions, placements, diary entries and case transitions on cases; access requests on master data. Hence a
/// provider's guests come in as a list (<see cref="AccessScope.GuestsReached"/>), not as a
/// subquery over placements. No filter may use <c>IgnoreQueryFilters</c>: EF Core then drops the
/// filters of every set the rest of the query reads, as a test of the caller's own conditions found.
/// </remarks>
internal static class RowScopes
{
    public static void Apply(ModelBuilder model, HubDbContext context)
    {
        Filter(model, context, DischargeRequest);
        Filter(model, context, Person);
        Filter(model, context, HouseholdMember);
        Filter(model, context, Household);
        Filter(model, context, CareCase);
        Filter(model, context, Assessment);
        Filter(model, context, CarePlan);
        Filter(model, context, Intervention);
        Filter(model, context, Placement);
        Filter(model, context, AccessRequest);
        Filter(model, context, DiaryEntry);
        Filter(model, context, CaseTransition);
        Filter(model, context, AuditEvent);
    }

    /// <summary>Hospitals see their own requests; territorial staff those of their zones.</summary>
    private static readonly Expression<Func<HubDbContext, DischargeRequest, bool>> DischargeRequest = (db, d) =>
        db.Scope.Caller.Unrestricted
        || db.Scope.Caller.ReachesZones && db.Zones.Any(z => z.Id == d.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code))
        || db.Scope.Caller.ReachesLookups && d.HospitalOrganizationId == db.Scope.Caller.OrganizationId;

    /// <summary>
    /// Residents of the caller's zones or comune, the persons of the zones' discharge requests, a
    /// provider's guests; for a hospital, the persons it named in this request and those of its own
    /// discharge requests while open or closed within the grace period (DESIGN §4: a codice fiscale
    /// is derivable from name and birth data, so an old request is no standing key to a person).
    /// </summary>
    private static readonly Expression<Func<HubDbContext, Person, bool>> Person = (db, p) =>
        db.Scope.Caller.Unrestricted
        || db.Scope.Caller.ReachesZones
            && (db.ZoneMemberships.Any(m => m.MunicipalityId == p.Residence.MunicipalityId && m.ValidTo == null && db.Scope.Caller.ZoneCodes.Contains(m.Zone!.Code))
                || db.DischargeRequests.Any(d => d.PersonId == p.Id && db.Zones.Any(z => z.Id == d.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code))))
        || db.Scope.Caller.ReachesResidents && db.Organizations.Any(o => o.Id == db.Scope.Caller.OrganizationId && o.MunicipalityId == p.Residence.MunicipalityId)
        || db.Scope.Caller.ReachesLookups
            && (db.Scope.NamedIdentifiers.Contains(p.Identifier)
                || db.DischargeRequests.Any(d => d.PersonId == p.Id && d.HospitalOrganizationId == db.Scope.Caller.OrganizationId
                    && (d.Status != Care.DischargeRequestStatus.Discharged && d.Status != Care.DischargeRequestStatus.Cancelled || d.UpdatedAt >= db.Scope.ClosedRequestsSince)))
        || db.Scope.Caller.ReachesGuests && db.Scope.Guests.Contains(p.Id);

    /// <summary>A member is seen with the person; a household through a member seen (the system sees empty ones too).</summary>
    private static readonly Expression<Func<HubDbContext, HouseholdMember, bool>> HouseholdMember = (db, m) =>
        db.Scope.Caller.Unrestricted || db.Persons.Any(p => p.Id == m.PersonId);

    private static readonly Expression<Func<HubDbContext, Household, bool>> Household = (db, h) =>
        db.Scope.Caller.Unrestricted || db.HouseholdMembers.Any(m => m.HouseholdId == h.Id);

    /// <summary>Territorial staff see their zones' cases; comuni and hospitals the cases of the persons they reach; providers none.</summary>
    private static readonly Expression<Func<HubDbContext, CareCase, bool>> CareCase = (db, c) =>
        db.Scope.Caller.Unrestricted
        || db.Scope.Caller.ReachesZones && db.Zones.Any(z => z.Id == c.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code))
        || (db.Scope.Caller.ReachesResidents || db.Scope.Caller.ReachesLookups) && db.Persons.Any(p => p.Id == c.PersonId);

    /// <summary>Providers read their guests' assessments for the care-need level; fields limit the rest.</summary>
    private static readonly Expression<Func<HubDbContext, Assessment, bool>> Assessment = (db, a) =>
        db.Scope.Caller.Unrestricted
        || db.CareCases.Any(c => c.Id == a.CareCaseId)
        || db.Scope.Caller.ReachesGuests && db.Scope.Guests.Contains(a.PersonId);

    private static readonly Expression<Func<HubDbContext, CarePlan, bool>> CarePlan = (db, plan) =>
        db.Scope.Caller.Unrestricted || db.CareCases.Any(c => c.Id == plan.CareCaseId);

    private static readonly Expression<Func<HubDbContext, Intervention, bool>> Intervention = (db, i) =>
        db.Scope.Caller.Unrestricted || db.CarePlans.Any(plan => plan.Id == i.CarePlanId);

    /// <summary>Placements of plans the caller reaches, and for providers those in their own structures.</summary>
    private static readonly Expression<Func<HubDbContext, Placement, bool>> Placement = (db, pl) =>
        db.Scope.Caller.Unrestricted
        || db.Interventions.Any(i => i.Id == pl.InterventionId)
        || db.Scope.Caller.ReachesGuests && db.Structures.Any(s => s.Id == pl.StructureId && s.OperatorOrganizationId == db.Scope.Caller.OrganizationId
            && db.Scope.Caller.StructureCodes.Contains(s.RegionalCode));

    /// <summary>
    /// Territorial staff see the requests of their zones' desks; a comune (or any desk reaching residents)
    /// those its own desk received, whoever they are for: a desk keeps track of what it was asked.
    /// </summary>
    private static readonly Expression<Func<HubDbContext, SocialRecord.AccessRequest, bool>> AccessRequest = (db, r) =>
        db.Scope.Caller.Unrestricted
        || db.Scope.Caller.ReachesZones && db.Zones.Any(z => z.Id == r.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code))
        || db.Scope.Caller.ReachesResidents && r.DeskOrganizationId == db.Scope.Caller.OrganizationId;

    /// <summary>A diary entry is seen with its case; its text's own clearance is checked where it is read.</summary>
    private static readonly Expression<Func<HubDbContext, SocialRecord.DiaryEntry, bool>> DiaryEntry = (db, e) =>
        db.Scope.Caller.Unrestricted || db.CareCases.Any(c => c.Id == e.CareCaseId);

    /// <summary>A case's history is seen with the case.</summary>
    private static readonly Expression<Func<HubDbContext, CaseTransition, bool>> CaseTransition = (db, t) =>
        db.Scope.Caller.Unrestricted || db.CareCases.Any(c => c.Id == t.CareCaseId);

    private static readonly Expression<Func<HubDbContext, AuditEvent, bool>> AuditEvent = (db, e) => db.Scope.Caller.Unrestricted || db.Scope.Caller.ReachesAuditTrail;

    private static void Filter<T>(ModelBuilder model, HubDbContext context, Expression<Func<HubDbContext, T, bool>> scope) where T : class =>
        model.Entity<T>().HasQueryFilter(Expression.Lambda<Func<T, bool>>(new ContextBinder(scope.Parameters[0], context).Visit(scope.Body), scope.Parameters[1]));

    /// <summary>
    /// Puts the context instance where the scope says <c>db</c>: EF Core recognises it and reads
    /// its members per query, from the context that runs the query.
    /// </summary>
    private sealed class ContextBinder(ParameterExpression db, HubDbContext context) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == db ? Expression.Constant(context, typeof(HubDbContext)) : base.VisitParameter(node);
    }
}
