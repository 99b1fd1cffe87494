using System.Linq.Expressions;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Access;

/// <summary>
/// The rows each caller reaches (DESIGN §4, layer 2), as EF Core global query filters: every query
/// of these entities, whatever path built it (root list, node, nested field, loader, filter,
/// count), carries the scope in its SQL. Each entity's scope is a <see cref="RowScope{T}"/>: a
/// condition per reach. The model is built once per caller kind (<see cref="Caller.Reach"/>, or
/// unrestricted; <see cref="RowScopeModelCacheKey"/>) with the conditions of that kind only, and
/// the caller's own lists (zones, named persons, guests) are read from the context instance
/// (<see cref="HubDbContext.Scope"/>) as SQL parameters. Master data (territory, organisations,
/// staff, structures, services) is open to every authenticated caller and has no scope, but shelters (case rifugio): a
/// shelter and its modules are seen by the centre that runs it alone.
/// </summary>
/// <remarks>
/// A filter that reads another scoped set gets that set's filter too, so the scopes build on each
/// other and must not form a cycle: persons rest on discharge requests and master data only;
/// cases on persons (their team is part of them); plans, assessments (for a provider, on its guests' persons), interventions, placements, diary entries, case transitions and the
/// child-protection records (reports, parental responsibilities, court measures and deadlines) on cases; plan reviews on plans; documents on their owners;
/// persons, for a foster-care officer, on foster families too;
/// access requests, information contacts and referrals to family centres on master data; foster families on master data (their zone) and the caller's
/// foster-registry zones, and the reviews of affidi on placements. Hence a
/// provider's guests come in as a list (<see cref="AccessScope.GuestsReached"/>), not as a
/// subquery over placements. Structures and their modules rest on nothing scoped but each other (a module on its structure), so
/// placements may read them. No filter may use <c>IgnoreQueryFilters</c>: EF Core then drops the
/// filters of every set the rest of the query reads, as a test of the caller's own conditions found.
/// </remarks>
internal static class RowScopes
{
    public static void Apply(ModelBuilder model, HubDbContext context)
    {
        Filter(model, context, Structure);
        Filter(model, context, StructureModule);
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
        Filter(model, context, Document);
        Filter(model, context, DocumentContent);
        Filter(model, context, PlanReview);
        Filter(model, context, InformationContact);
        Filter(model, context, FirstReport);
        Filter(model, context, ParentalResponsibility);
        Filter(model, context, CourtMeasure);
        Filter(model, context, CourtDeadline);
        Filter(model, context, ProtectedAddress);
        Filter(model, context, FamilyCenterReferral);
        Filter(model, context, FosterFamily);
        Filter(model, context, FosterCareReview);
        Filter(model, context, AuditEvent);
        Filter(model, context, RecordChange);
    }

    /// <summary>The reaches that see persons, and so their households.</summary>
    private const Reach PersonReach = Reach.Zones | Reach.MinorsCases | Reach.Residents | Reach.Lookups | Reach.Guests | Reach.Centre;

    /// <summary>The reaches that see cases, and so their plans, interventions and placements (providers see placements by structure).</summary>
    private const Reach CaseReach = Reach.Zones | Reach.MinorsCases | Reach.Residents | Reach.Lookups | Reach.Centre;

    /// <summary>
    /// Every structure, but a shelter (casa rifugio): its existence, address and places are seen by the Centro antiviolenza that runs it and by
    /// nobody else (issue 17), so every list, count, cursor, node and filter of structures leaves it out for everyone else. A caller with no reach sees none.
    /// </summary>
    private static readonly RowScope<Structures.Structure> Structure = new()
    {
        [~Reach.Centre] = (db, s) => s.Kind != Structures.StructureKind.Shelter,
        [Reach.Centre] = (db, s) => s.Kind != Structures.StructureKind.Shelter || s.OperatorOrganizationId == db.Scope.Caller.OrganizationId,
    };

    /// <summary>
    /// Every module, but a shelter's (only shelters hold SHELTER modules, <see cref="Structures.Structure.AddModule"/>): seen with the shelter, by the
    /// centre that runs it. The kind decides for everyone else without reading the structure.
    /// </summary>
    private static readonly RowScope<Structures.StructureModule> StructureModule = new()
    {
        [~Reach.Centre] = (db, m) => m.Kind != Structures.ModuleKind.Shelter,
        [Reach.Centre] = (db, m) => m.Kind != Structures.ModuleKind.Shelter || db.Structures.Any(s => s.Id == m.StructureId),
    };

    /// <summary>Hospitals see their own requests; territorial staff those of their zones.</summary>
    private static readonly RowScope<DischargeRequest> DischargeRequest = new()
    {
        [Reach.Zones] = (db, d) => db.Zones.Any(z => z.Id == d.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code)),
        [Reach.Lookups] = (db, d) => d.HospitalOrganizationId == db.Scope.Caller.OrganizationId,
    };

    /// <summary>
    /// A person an anti-violence centre protects is reached by that centre only, whatever else would reach them (a team
    /// of an earlier case of hers included). Otherwise: residents of the caller's zones or comune, the persons of the zones' discharge
    /// requests, the persons of the cases whose team the caller is on today (<see cref="AccessScope.TeamPersons"/>); for
    /// a foster-care officer, the minors resident in its zones and the adults of the foster families it sees, but a withdrawn family's (history, no standing key to them); a provider's guests; for a hospital, the persons it named in this request and those of its own
    /// discharge requests while open or closed within the grace period (DESIGN §4: a codice fiscale
    /// is derivable from name and birth data, so an old request is no standing key to a person).
    /// </summary>
    private static readonly RowScope<Person> Person = new()
    {
        // A team reaches no protected woman: the centre's own case team is reached through the centre's case, not here.
        [Reach.Zones] = (db, p) => p.ProtectingCentreId == null
            && (db.ZoneMemberships.Any(m => m.MunicipalityId == p.Residence.MunicipalityId && m.ValidTo == null && db.Scope.Caller.ZoneCodes.Contains(m.Zone!.Code))
                || db.DischargeRequests.Any(d => d.PersonId == p.Id && db.Zones.Any(z => z.Id == d.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code)))
                || db.Scope.TeamPersons.Contains(p.Id)),
        [Reach.MinorsCases] = (db, p) => p.ProtectingCentreId == null
            && (p.BirthDate > db.Scope.MinorsBornAfter
                && db.ZoneMemberships.Any(m => m.MunicipalityId == p.Residence.MunicipalityId && m.ValidTo == null && db.Scope.Caller.ZoneCodes.Contains(m.Zone!.Code))
                || db.FosterFamilies.Any(f => f.Status != FosterCare.FosterFamilyStatus.Withdrawn && f.Parents.Any(x => x.PersonId == p.Id))),
        [Reach.Residents] = (db, p) => p.ProtectingCentreId == null
            && db.Organizations.Any(o => o.Id == db.Scope.Caller.OrganizationId && o.MunicipalityId == p.Residence.MunicipalityId),
        [Reach.Lookups] = (db, p) => p.ProtectingCentreId == null
            && (db.Scope.NamedIdentifiers.Contains(p.Identifier)
                || db.DischargeRequests.Any(d => d.PersonId == p.Id && d.HospitalOrganizationId == db.Scope.Caller.OrganizationId
                    && (d.Status != Care.DischargeRequestStatus.Discharged && d.Status != Care.DischargeRequestStatus.Cancelled || d.UpdatedAt >= db.Scope.ClosedRequestsSince))),
        [Reach.Guests] = (db, p) => p.ProtectingCentreId == null && db.Scope.Guests.Contains(p.Id),
        [Reach.Centre] = (db, p) => p.ProtectingCentreId == db.Scope.Caller.OrganizationId,
    };

    /// <summary>A member is seen with the person; a household through a member seen (the system sees empty ones too).</summary>
    private static readonly RowScope<HouseholdMember> HouseholdMember = new()
    {
        [PersonReach] = (db, m) => db.Persons.Any(p => p.Id == m.PersonId),
    };

    private static readonly RowScope<Household> Household = new()
    {
        [PersonReach] = (db, h) => db.HouseholdMembers.Any(m => m.HouseholdId == h.Id),
    };

    /// <summary>
    /// An anti-violence centre's case is seen by that centre and by the team it names only. Otherwise: territorial
    /// staff see their zones' cases, the cases whose team they are on today (by their token's staff member, whatever
    /// their zone) and the cases a transfer to their zone waits on (to decide it); a foster-care officer those of the
    /// minors-and-families area; comuni and hospitals the cases of the persons they reach, but a hospital no child-protection case
    /// (MINORS_FAMILIES): its team and plan are no part of the summary a discharge needs (DESIGN §4), so neither the case manager nor
    /// the plan of such a case reaches a hospital, whose lookup answers null for them as for a person without a case; providers none.
    /// The team is owned by the case, so reading it here adds no scope and no cycle. A case sealed when a centre took its person under its
    /// protection (<see cref="Care.CareCase.SealedOn"/>) is reached by nobody: its zone's staff and team would otherwise keep her history, and reopen it.
    /// </summary>
    private static readonly RowScope<CareCase> CareCase = new()
    {
        // The team clause stands apart from the centre's condition: the team a centre names reaches its case.
        [Reach.Zones] = (db, c) => c.SealedOn == null
            && (c.CentreId == null && db.Zones.Any(z => (z.Id == c.ZoneId || z.Id == c.Transfer!.ToZoneId) && db.Scope.Caller.ZoneCodes.Contains(z.Code))
                || c.Team.Any(m => m.StaffMemberId == db.Scope.Caller.StaffMemberId && m.From <= db.Scope.Today && (m.To == null || m.To > db.Scope.Today))),
        [Reach.MinorsCases] = (db, c) => c.CentreId == null && c.SealedOn == null && c.Area == Services.ServiceArea.MinorsFamilies
            && db.Zones.Any(z => z.Id == c.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code)),
        [Reach.Residents] = (db, c) => c.CentreId == null && c.SealedOn == null && db.Persons.Any(p => p.Id == c.PersonId),
        [Reach.Lookups] = (db, c) => c.CentreId == null && c.SealedOn == null && c.Area != Services.ServiceArea.MinorsFamilies && db.Persons.Any(p => p.Id == c.PersonId),
        [Reach.Centre] = (db, c) => c.CentreId == db.Scope.Caller.OrganizationId,
    };

    /// <summary>Providers read their guests' assessments for the care-need level; fields limit the rest.</summary>
    private static readonly RowScope<Assessment> Assessment = new()
    {
        [CaseReach] = (db, a) => db.CareCases.Any(c => c.Id == a.CareCaseId),
        // Through the guest's person scope too, which no protected woman passes: a past host keeps no reach to her assessments (red team 37).
        [Reach.Guests] = (db, a) => db.Scope.Guests.Contains(a.PersonId) && db.Persons.Any(p => p.Id == a.PersonId),
    };

    private static readonly RowScope<CarePlan> CarePlan = new()
    {
        [CaseReach] = (db, plan) => db.CareCases.Any(c => c.Id == plan.CareCaseId),
    };

    /// <summary>
    /// Interventions of plans the caller reaches; for a hospital (lookups), never an affido's (FOSTER_CARE): that a child is in foster
    /// care is SOCIAL, a matter of child protection, and no part of the summary a discharge needs (DESIGN §4: plan outline,
    /// placements, case manager, care-need level). Hidden as rows, not as a field, so no gap in the list tells it either.
    /// </summary>
    private static readonly RowScope<Intervention> Intervention = new()
    {
        [CaseReach & ~Reach.Lookups] = (db, i) => db.CarePlans.Any(plan => plan.Id == i.CarePlanId),
        [Reach.Lookups] = (db, i) => i.Kind != InterventionKind.FosterCare && db.CarePlans.Any(plan => plan.Id == i.CarePlanId),
    };

    /// <summary>
    /// Placements of plans the caller reaches (for a hospital, no affido: see <see cref="Intervention"/>), and for providers those in their own structures.
    /// </summary>
    private static readonly RowScope<Placement> Placement = new()
    {
        [CaseReach & ~Reach.Lookups] = (db, pl) => db.Interventions.Any(i => i.Id == pl.InterventionId),
        [Reach.Lookups] = (db, pl) => pl.Kind != PlacementKind.FosterCare && db.Interventions.Any(i => i.Id == pl.InterventionId),
        [Reach.Guests] = (db, pl) => db.Structures.Any(s => s.Id == pl.StructureId && s.OperatorOrganizationId == db.Scope.Caller.OrganizationId
            && db.Scope.Caller.StructureCodes.Contains(s.RegionalCode)),
    };

    /// <summary>
    /// Territorial staff see the requests of their zones' desks; a comune (or any desk reaching residents)
    /// those its own desk received, whoever they are for: a desk keeps track of what it was asked.
    /// </summary>
    private static readonly RowScope<SocialRecord.AccessRequest> AccessRequest = new()
    {
        [Reach.Zones] = (db, r) => db.Zones.Any(z => z.Id == r.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code)),
        [Reach.Residents] = (db, r) => r.DeskOrganizationId == db.Scope.Caller.OrganizationId,
    };

    /// <summary>A diary entry is seen with its case; its text's own clearance is checked where it is read.</summary>
    private static readonly RowScope<SocialRecord.DiaryEntry> DiaryEntry = new()
    {
        [CaseReach] = (db, e) => db.CareCases.Any(c => c.Id == e.CareCaseId),
    };

    /// <summary>A case's history is seen with the case.</summary>
    private static readonly RowScope<CaseTransition> CaseTransition = new()
    {
        [CaseReach] = (db, t) => db.CareCases.Any(c => c.Id == t.CareCaseId),
    };

    /// <summary>
    /// A document is seen with the one record it is attached to, through that record's own scope (a provider
    /// sees its guests' person documents, never their cases'); its level is checked where it is read. A caller without SOCIAL
    /// clearance sees only the documents it could have attached itself (<see cref="Caller.MayReadDocument"/>): a hospital, its
    /// own requests' discharge letters. The foster-care officer's reach holds SOCIAL, so its clause needs no such check.
    /// </summary>
    private static readonly RowScope<Documents.Document> Document = new()
    {
        [PersonReach & ~Reach.MinorsCases] = (db, d) =>
            (db.Scope.ReadsSocialDocuments || db.Scope.DocumentKindsAttached.Contains(d.OwnerKind) && db.Scope.DocumentLevelsAttached.Contains(d.Sensitivity)) && (
            d.OwnerKind == Documents.DocumentOwnerKind.Person && db.Persons.Any(p => p.Id == d.PersonId)
            || d.OwnerKind == Documents.DocumentOwnerKind.CareCase && db.CareCases.Any(c => c.Id == d.CareCaseId)
            || d.OwnerKind == Documents.DocumentOwnerKind.Assessment && db.Assessments.Any(a => a.Id == d.AssessmentId)
            || d.OwnerKind == Documents.DocumentOwnerKind.CarePlan && db.CarePlans.Any(plan => plan.Id == d.CarePlanId)
            || d.OwnerKind == Documents.DocumentOwnerKind.DischargeRequest && db.DischargeRequests.Any(r => r.Id == d.DischargeRequestId)),
        // A foster-care officer reaches foster parents for the registry, not their files: of a person's own documents, a minor's only.
        [Reach.MinorsCases] = (db, d) =>
            d.OwnerKind == Documents.DocumentOwnerKind.Person && db.Persons.Any(p => p.Id == d.PersonId && p.BirthDate > db.Scope.MinorsBornAfter)
            || d.OwnerKind == Documents.DocumentOwnerKind.CareCase && db.CareCases.Any(c => c.Id == d.CareCaseId)
            || d.OwnerKind == Documents.DocumentOwnerKind.Assessment && db.Assessments.Any(a => a.Id == d.AssessmentId)
            || d.OwnerKind == Documents.DocumentOwnerKind.CarePlan && db.CarePlans.Any(plan => plan.Id == d.CarePlanId)
            || d.OwnerKind == Documents.DocumentOwnerKind.DischargeRequest && db.DischargeRequests.Any(r => r.Id == d.DischargeRequestId),
    };

    /// <summary>A document's bytes are reached only with the document.</summary>
    private static readonly RowScope<Documents.DocumentContent> DocumentContent = new()
    {
        [PersonReach] = (db, c) => db.Documents.Any(d => d.Id == c.Id),
    };

    /// <summary>A plan's reviews are seen with the plan.</summary>
    private static readonly RowScope<PlanReview> PlanReview = new()
    {
        [CaseReach] = (db, r) => db.CarePlans.Any(plan => plan.Id == r.CarePlanId),
    };

    /// <summary>Information contacts hold no person: seen like the desk's requests, by zone or by the desk's own organisation.</summary>
    private static readonly RowScope<SocialRecord.InformationContact> InformationContact = new()
    {
        [Reach.Zones] = (db, c) => db.Zones.Any(z => z.Id == c.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code)),
        [Reach.Residents] = (db, c) => c.DeskOrganizationId == db.Scope.Caller.OrganizationId,
    };

    /// <summary>A child-protection case's report, parental responsibilities, court measures and deadlines are seen with the case; court fields are JUDICIAL besides.</summary>
    private static readonly RowScope<Minors.FirstReport> FirstReport = new()
    {
        [CaseReach] = (db, r) => db.CareCases.Any(c => c.Id == r.CareCaseId),
    };

    private static readonly RowScope<Minors.ParentalResponsibility> ParentalResponsibility = new()
    {
        [CaseReach] = (db, r) => db.CareCases.Any(c => c.Id == r.CareCaseId),
    };

    private static readonly RowScope<Minors.CourtMeasure> CourtMeasure = new()
    {
        [CaseReach] = (db, m) => db.CareCases.Any(c => c.Id == m.CareCaseId),
    };

    private static readonly RowScope<Minors.CourtDeadline> CourtDeadline = new()
    {
        [CaseReach] = (db, d) => db.CareCases.Any(c => c.Id == d.CareCaseId),
    };

    /// <summary>A shelter's address: the centre that holds the case, and no other reach whatever it sees of the case.</summary>
    private static readonly RowScope<Minors.ProtectedAddress> ProtectedAddress = new()
    {
        [Reach.Centre] = (db, a) => a.CentreId == db.Scope.Caller.OrganizationId,
    };

    /// <summary>
    /// A referral to a Centro per le famiglie is seen by the staff of the centre's zone (who refer families there); it rests on master
    /// data only. Whoever sees it reaches its child and family only through their own scopes.
    /// </summary>
    private static readonly RowScope<Families.FamilyCenterReferral> FamilyCenterReferral = new()
    {
        [Reach.Zones] = (db, r) => db.Zones.Any(z => z.Id == r.ZoneId && db.Scope.Caller.ZoneCodes.Contains(z.Code)),
    };

    /// <summary>
    /// The foster registry of a zone's Centro Affidi: seen by those who place minors in foster care in that zone (the
    /// foster-care officer, the child-protection worker: <see cref="AccessScope.FosterRegistryZones"/>); by no one else.
    /// </summary>
    private static readonly RowScope<FosterCare.FosterFamily> FosterFamily = new()
    {
        [Reach.Zones | Reach.MinorsCases] = (db, f) => db.Zones.Any(z => z.Id == f.ZoneId && db.Scope.FosterRegistryZones.Contains(z.Code)),
    };

    /// <summary>An affido's reviews are seen with the affido.</summary>
    private static readonly RowScope<FosterCare.FosterCareReview> FosterCareReview = new()
    {
        [CaseReach] = (db, r) => db.Placements.Any(pl => pl.Id == r.PlacementId),
    };

    /// <summary>
    /// The trail, for auditors. An auditor of a REGION organisation (the oversight of the whole network) reads it all but the events of
    /// an anti-violence centre's callers: that a centre read or changed a person's record tells she is in its pathway, which only the
    /// centre and the team it names may know (issue 17). An auditor of any other organisation (a hospital's, a centre's, a provider's
    /// privacy officer) reads its own organisation's events only: the region-wide trail would tell a hospital that a child is followed by
    /// child protection, or a centre which services follow a woman (red team 35). What is left out is left out of counts and pages
    /// too, without a trace. The rest of a protected woman's trail (a hospital that read her before) tells nothing of the pathway and stays.
    /// </summary>
    private static readonly RowScope<AuditEvent> AuditEvent = new()
    {
        [Reach.AuditTrail] = (db, e) => e.OrganizationId == db.Scope.Caller.OrganizationId
            || db.Scope.Caller.OrganizationKind == Organizations.OrganizationKind.Region && (e.OrganizationId == null
                || !db.Organizations.Any(o => o.Id == e.OrganizationId && o.Kind == Organizations.OrganizationKind.AntiViolenceCentre)),
    };

    /// <summary>
    /// The history of master data: registry administrators and auditors (the records themselves are open to all);
    /// an intervention's (its shares, personal to its person) to those who see the intervention.
    /// </summary>
    private static readonly RowScope<RecordChange> RecordChange = new()
    {
        [Reach.RegistryHistory] = (db, c) => c.EntityType != nameof(Care.Intervention),
        [CaseReach] = (db, c) => c.EntityType == nameof(Care.Intervention) && db.Interventions.Any(i => i.Id == c.EntityId),
    };

    private static void Filter<T>(ModelBuilder model, HubDbContext context, RowScope<T> scope) where T : class
    {
        if (scope.FilterFor(context) is { } filter)
            model.Entity<T>().HasQueryFilter(filter);
    }
}
