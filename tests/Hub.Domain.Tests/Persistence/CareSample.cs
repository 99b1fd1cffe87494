using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.Structures;

namespace Hub.Domain.Tests.Persistence;

/// <summary>Everything the flagship flow writes, as saved.</summary>
internal sealed record CareSample(
    SampleTerritory Territory,
    Person Person,
    StaffMember SocialWorker,
    StaffMember Nurse,
    DischargeRequest Request,
    CareCase Case,
    Assessment Assessment,
    CarePlan Plan,
    Structure Structure,
    StructureModule Module,
    Placement Placement)
{
    public static readonly DateOnly OpenedOn = new(2026, 2, 10);

    /// <summary>
    /// Walks the flagship flow through the domain's own methods: discharge request, case, UVM
    /// assessment, active PAP, admitted placement. The request is saved on its own first, as the
    /// hospital files it before the zone acknowledges it.
    /// </summary>
    public static async Task<CareSample> SaveAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var territory = SampleData.AddTerritory(db);
        var person = SampleData.NewPerson(territory);
        var hospital = SampleData.NewHospital(territory);
        var authority = new Organization(OrganizationKind.HealthAuthority, "Azienda USL Toscana Centro", "06593810481", "090201");
        var provider = SampleData.NewProvider();
        var socialWorker = SampleData.NewSocialWorker(authority, territory.Zone);
        var nurse = new StaffMember("Luca", "Verdi", Profession.Nurse, authority, 36m);
        var service = SampleData.NewService();
        var structure = SampleData.NewStructure(provider, territory);
        var request = new DischargeRequest(hospital.Id, new HospitalStay("Medicina interna", "2026/004512"), person.Id, territory.Zone.Id,
            OpenedOn, OpenedOn.AddDays(5), "Non deambula da solo; terapia insulinica.", DischargeSetting.TemporaryResidential, ["letto articolato", "sollevatore"]);
        db.AddRange(person, hospital, authority, provider, socialWorker, nurse, service, structure, request);
        await db.SaveChangesAsync(cancellationToken);

        var careCase = new CareCase(person.Id, territory.Zone.Id, ServiceArea.NonSelfSufficiency, AccessChannel.Hospital, OpenedOn, OpenedOn.AddDays(30));
        request.Acknowledge(careCase);
        careCase.AssignCaseManager(socialWorker.Id, OpenedOn);
        careCase.WriteNotes("Vive solo; la figlia abita a Milano.");
        careCase.StartAssessment();
        var assessment = Assessment.Record(careCase, AssessmentKind.First, "SVAMA", 4, OpenedOn.AddDays(2), "DGRT 370/2010",
            [new AssessmentScore("ADL", 2.5m), new AssessmentScore("IADL", 1m), new AssessmentScore("cognitive", 18.25m)], [socialWorker, nurse], OpenedOn.AddDays(30));
        careCase.Activate();
        request.RecordAssessment("Ricovero temporaneo in RSA, poi rientro a domicilio con assistenza.");
        request.DefinePathway(DischargeSetting.TemporaryResidential);
        request.Schedule(OpenedOn.AddDays(6));

        var plan = new CarePlan(careCase, CarePlanKind.Pap, "Recuperare l'autonomia nel cammino e rientrare a casa.");
        var stay = plan.AddIntervention(new InterventionDetails(InterventionKind.TemporaryResidential, service.Id, provider.Id, null, null,
            OpenedOn.AddDays(6), OpenedOn.AddDays(66), new CostShares(56.29m, 20m, 38.50m, 0m)));
        plan.AddIntervention(new InterventionDetails(InterventionKind.HomeCareDirect, service.Id, provider.Id, "3 accessi a settimana", 4.5m,
            OpenedOn.AddDays(67), OpenedOn.AddDays(157), new CostShares(0m, 12.50m, 0m, 7.25m)));
        plan.Propose();
        plan.Activate(assessment, careCase, null, "Anna Bianchi", new DateTimeOffset(2026, 2, 13, 11, 30, 0, TimeSpan.Zero), new DateOnly(2026, 2, 13), OpenedOn.AddDays(180));

        var module = structure.Modules.Single(m => m.Kind == ModuleKind.Base);
        var placement = new Placement(stay, person.Id, module, OpenedOn.AddDays(3), OpenedOn.AddDays(66), OpenedOn.AddDays(30), PlacementsInCourse.Of(Guid.Empty, []));
        placement.Waitlist(2);
        placement.Offer(OpenedOn.AddDays(4), OpenedOn.AddDays(6));
        placement.Confirm();
        placement.Admit(module, OpenedOn.AddDays(6), OpenedOn.AddDays(30));

        db.AddRange(careCase, assessment, plan, placement);
        await db.SaveChangesAsync(cancellationToken);
        return new CareSample(territory, person, socialWorker, nurse, request, careCase, assessment, plan, structure, module, placement);
    }
}
