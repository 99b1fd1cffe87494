using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Minors;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Minors;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Api.Care;

public sealed class CareCaseFilterInputType : FilterInputType<CareCaseFilterInputType, CareCase>
{
    public CareCaseFilterInputType() : base("Conditions on cases (prese in carico).")
    {
        Enum<EnumerationGraphType<CareCaseStatus>, CareCaseStatus>("status", c => c.Status, "State of the case.");
        Enum<EnumerationGraphType<ServiceArea>, ServiceArea>("area", c => c.Area, "Area of need.");
        Enum<EnumerationGraphType<AccessChannel>, AccessChannel>("accessChannel", c => c.AccessChannel, "Access channel.");
        Object<ZoneFilterInputType, Zone>("zone", (c, db) => db.Zones.Where(z => z.Id == c.ZoneId), "The zone-distretto in charge.");
        Object<PersonFilterInputType, Person>("person", (c, db) => db.Persons.Where(p => p.Id == c.PersonId), "The person in care.");
        Object<StaffMemberFilterInputType, StaffMember>("caseManager", (c, db) => db.StaffMembers.Where(s => s.Id == c.CaseManagerId), "The case manager.");
        Comparable<DateOnlyGraphType, DateOnly>("openedOn", c => c.OpenedOn, "Opening date.");
        Comparable<DateOnlyGraphType, DateOnly?>("closedOn", c => c.ClosedOn, "Closing date.");
        List<CourtMeasureFilterInputType, CourtMeasure>("courtMeasures", (c, db) => db.CourtMeasures.Where(m => m.CareCaseId == c.Id), "Its court measures (JUDICIAL, like the field).");
    }
}

public sealed class CareCaseSortInputType : SortInputType<CareCaseSortInputType, CareCase>
{
    public CareCaseSortInputType() : base("Sort keys of cases.")
    {
        Key("openedOn", c => c.OpenedOn, "By opening date.");
        Key("status", c => c.Status, "By state.");
        Key("updatedAt", c => c.UpdatedAt, "By last change.");
    }
}

public sealed class AssessmentFilterInputType : FilterInputType<AssessmentFilterInputType, Assessment>
{
    public AssessmentFilterInputType() : base("Conditions on UVM assessments (valutazioni).")
    {
        Enum<EnumerationGraphType<AssessmentKind>, AssessmentKind>("kind", a => a.Kind, "Kind of assessment.");
        Enum<EnumerationGraphType<AssessmentSubject>, AssessmentSubject>("subject", a => a.Subject, "Whom it assesses: person, minor or family.");
        Text("instrument", a => a.Instrument, "The instrument.");
        Comparable<IntGraphType, int>("careNeedLevel", a => a.CareNeedLevel, "Care-need level (isogravità).");
        Comparable<DateOnlyGraphType, DateOnly>("assessedOn", a => a.AssessedOn, "Assessment date.");
        Object<CareCaseFilterInputType, CareCase>("careCase", (a, db) => db.CareCases.Where(c => c.Id == a.CareCaseId), "The case assessed.");
        Object<PersonFilterInputType, Person>("person", (a, db) => db.Persons.Where(p => p.Id == a.PersonId), "The person assessed.");
        Clearance("person", Sensitivity.Health);
    }
}

public sealed class AssessmentSortInputType : SortInputType<AssessmentSortInputType, Assessment>
{
    public AssessmentSortInputType() : base("Sort keys of assessments.")
    {
        Key("assessedOn", a => a.AssessedOn, "By assessment date.");
        Key("careNeedLevel", a => a.CareNeedLevel, "By care-need level.");
    }
}

public sealed class CarePlanFilterInputType : FilterInputType<CarePlanFilterInputType, CarePlan>
{
    public CarePlanFilterInputType() : base("Conditions on care plans (PAP).")
    {
        Enum<EnumerationGraphType<CarePlanStatus>, CarePlanStatus>("status", p => p.Status, "State of the plan.");
        Enum<EnumerationGraphType<CarePlanKind>, CarePlanKind>("type", p => p.Type, "PAP, PAI or Progetto di vita.");
        Object<PersonFilterInputType, Person>("person", (p, db) => db.Persons.Where(person => person.Id == p.PersonId), "The person.");
        Clearance("person", Sensitivity.Personal);
        Comparable<DateOnlyGraphType, DateOnly?>("reviewDue", p => p.ReviewDue, "Review date.");
        Object<CareCaseFilterInputType, CareCase>("careCase", (p, db) => db.CareCases.Where(c => c.Id == p.CareCaseId), "The plan's case (its zone, say).");
    }
}

public sealed class CarePlanSortInputType : SortInputType<CarePlanSortInputType, CarePlan>
{
    public CarePlanSortInputType() : base("Sort keys of care plans.")
    {
        Key("createdAt", p => p.CreatedAt, "By creation.");
        Key("reviewDue", p => p.ReviewDue ?? DateOnly.MaxValue, "By review date; plans without one last.");
        Key("status", p => p.Status, "By state.");
    }
}

public sealed class PlacementFilterInputType : FilterInputType<PlacementFilterInputType, Placement>
{
    public PlacementFilterInputType() : base("Conditions on placements (inserimenti).")
    {
        Enum<EnumerationGraphType<PlacementStatus>, PlacementStatus>("status", p => p.Status, "State of the placement.");
        Enum<EnumerationGraphType<PlacementKind>, PlacementKind>("kind", p => p.Kind, "In a structure, or an affido (FOSTER_CARE).");
        Object<StructureFilterInputType, Structure>("structure", (p, db) => db.Structures.Where(s => s.Id == p.StructureId), "The structure.");
        Object<StructureModuleFilterInputType, StructureModule>("module", (p, db) => db.StructureModules.Where(m => m.Id == p.ModuleId), "The module.");
        Object<PersonFilterInputType, Person>("person", (p, db) => db.Persons.Where(person => person.Id == p.PersonId), "The guest.");
        Comparable<IntGraphType, int?>("priority", p => p.Priority, "Waiting-list priority.");
        Comparable<DateOnlyGraphType, DateOnly>("requestedOn", p => p.RequestedOn, "Request date.");
        Comparable<DateOnlyGraphType, DateOnly?>("admittedOn", p => p.AdmittedOn, "Admission date.");
        Comparable<DateOnlyGraphType, DateOnly?>("maximumEndDate", p => p.MaximumEndDate, "Latest end of a temporary stay.");
        Object<CareCaseFilterInputType, CareCase>("careCase", (p, db) => db.CareCases.Where(c =>
            db.CarePlans.Any(plan => plan.CareCaseId == c.Id && db.Interventions.Any(i => i.CarePlanId == plan.Id && i.Id == p.InterventionId))),
            "Conditions on the case the placement serves (its zone, say).");
        // The case is reached through the plan's intervention, which reading a placement needs SOCIAL for.
        Clearance("careCase", Sensitivity.Social);
    }
}

public sealed class PlacementSortInputType : SortInputType<PlacementSortInputType, Placement>
{
    public PlacementSortInputType() : base("Sort keys of placements.")
    {
        Key("requestedOn", p => p.RequestedOn, "By request date.");
        Key("priority", p => p.Priority ?? int.MaxValue, "By waiting-list priority; placements not on the list last.");
        Key("admittedOn", p => p.AdmittedOn ?? DateOnly.MaxValue, "By admission date; placements not admitted last.");
        Key("status", p => p.Status, "By state.");
    }
}

public sealed class DischargeRequestFilterInputType : FilterInputType<DischargeRequestFilterInputType, DischargeRequest>
{
    public DischargeRequestFilterInputType() : base("Conditions on protected-discharge requests (segnalazioni).")
    {
        Enum<EnumerationGraphType<DischargeRequestStatus>, DischargeRequestStatus>("status", d => d.Status, "State of the request.");
        Enum<EnumerationGraphType<DischargeSetting>, DischargeSetting>("proposedSetting", d => d.ProposedSetting, "Setting the ward proposes.");
        Object<ZoneFilterInputType, Zone>("zone", (d, db) => db.Zones.Where(z => z.Id == d.ZoneId), "The zone whose ACOT handles it.");
        Object<OrganizationFilterInputType, Organization>("hospital", (d, db) => db.Organizations.Where(o => o.Id == d.HospitalOrganizationId), "The requesting hospital.");
        Object<PersonFilterInputType, Person>("person", (d, db) => db.Persons.Where(p => p.Id == d.PersonId), "The patient.");
        Text("admissionReference", d => d.AdmissionReference, "The admission number.");
        Comparable<DateOnlyGraphType, DateOnly>("submittedOn", d => d.SubmittedOn, "Submission date.");
        Comparable<DateOnlyGraphType, DateOnly>("expectedDischargeOn", d => d.ExpectedDischargeOn, "Expected discharge date.");
        Comparable<DateOnlyGraphType, DateOnly?>("scheduledOn", d => d.ScheduledOn, "Scheduled discharge date.");
    }
}

public sealed class DischargeRequestSortInputType : SortInputType<DischargeRequestSortInputType, DischargeRequest>
{
    public DischargeRequestSortInputType() : base("Sort keys of discharge requests.")
    {
        Key("expectedDischargeOn", d => d.ExpectedDischargeOn, "By expected discharge date.");
        Key("submittedOn", d => d.SubmittedOn, "By submission date.");
        Key("status", d => d.Status, "By state.");
    }
}
