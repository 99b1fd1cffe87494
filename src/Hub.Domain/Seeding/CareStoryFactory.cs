using Hub.Domain.Care;
using Hub.Domain.Minors;
using Hub.Domain.Organizations;
using Hub.Domain.Services;

namespace Hub.Domain.Seeding;

/// <summary>
/// Gives some generated persons a care history told through the domain's own methods, so the
/// demo data holds cases, assessments, plans, placements and discharge requests in every state
/// and never breaks a rule (no module is filled past its places).
/// </summary>
internal sealed class CareStoryFactory(SeedRandom random, SeedWorld world, DateOnly today, int admissionsSoFar, SocialRecordWriter record, MinorsCareWriter minors,
    ChildProtectionWriter childProtection)
{
    private static readonly (CareCaseStatus, int)[] CaseStates =
    [
        (CareCaseStatus.Referred, 8), (CareCaseStatus.Assessing, 10), (CareCaseStatus.Active, 52), (CareCaseStatus.Suspended, 5),
        (CareCaseStatus.Reassessing, 7), (CareCaseStatus.Closed, 14), (CareCaseStatus.Cancelled, 4),
    ];

    private static readonly (DischargeRequestStatus, int)[] RequestStages =
    [
        (DischargeRequestStatus.Discharged, 70), (DischargeRequestStatus.Scheduled, 10),
        (DischargeRequestStatus.PathwayDefined, 10), (DischargeRequestStatus.Assessed, 10),
    ];

    private readonly PlanWriter plans = new(random, world, today, minors);
    private readonly CoveringDraw<CareCaseStatus> caseStates = new(random, CaseStates);
    private readonly CoveringDraw<DischargeRequestStatus> requestStages = new(random, RequestStages);
    private int admissionSequence = admissionsSoFar;
    private int pendingCount;

    public IEnumerable<object> For(SeedPerson seed)
    {
        if (!random.Chance(CaseChance(seed.Age)))
            return [.. random.Chance(seed.Age >= 65 ? 0.05 : 0) ? PendingDischarge(seed) : [], .. record.Pending(seed)];
        var story = Case(seed, out var careCase, out var zone);
        story.AddRange(record.For(seed, zone, careCase, story));
        return story;
    }

    /// <summary>
    /// A child-protection case of <paramref name="minor"/> opened by the social service in the last two years, with the
    /// court's <paramref name="decree"/>, assessed and active, its affido or community stay (when the plan has one) in course.
    /// </summary>
    public List<object> ChildProtectionCase(SeedPerson minor, CourtMeasureKind decree)
    {
        var zone = world.ZoneOfComune[minor.Person.Residence.MunicipalityId];
        var opened = today.AddDays(-random.Between(90, 700));
        var careCase = new CareCase(minor.Person.Id, zone.Zone.Id, ServiceArea.MinorsFamilies, AccessChannel.SocialService, opened, today);
        var story = new List<object> { careCase };
        story.AddRange(childProtection.For(careCase, decree));
        careCase.AssignCaseManager(random.Pick(zone.SocialWorkers).Id, opened);
        careCase.StartAssessment();
        story.AddRange(plans.Write(careCase, zone, CareCaseStatus.Active, minor, story.OfType<CourtMeasure>().First(), runsOn: true));
        return story;
    }

    private List<object> Case(SeedPerson seed, out CareCase careCase, out SeedZone zone)
    {
        zone = world.ZoneOfComune[seed.Person.Residence.MunicipalityId];
        var area = AreaFor(seed.Age);
        var target = caseStates.Next();
        var recent = target is CareCaseStatus.Referred or CareCaseStatus.Assessing;
        var opened = today.AddDays(-(recent ? random.Between(2, 60) : random.Between(90, 1500)));
        var channel = ChannelFor(area, zone);
        careCase = new CareCase(seed.Person.Id, zone.Zone.Id, area, channel, opened, today);
        var story = new List<object> { careCase };
        if (area == ServiceArea.MinorsFamilies && seed.Age < ChildProtection.MajorityAge)
            story.AddRange(childProtection.For(careCase));
        if (channel == AccessChannel.Hospital)
            story.Add(HandledDischarge(seed, zone, careCase, target));
        if (target == CareCaseStatus.Referred)
            return story;
        if (target == CareCaseStatus.Cancelled)
        {
            careCase.Cancel(opened.AddDays(random.Between(1, 20)), today);
            return story;
        }
        careCase.AssignCaseManager(random.Pick(zone.SocialWorkers).Id, opened);
        careCase.StartAssessment();
        story.AddRange(plans.Write(careCase, zone, target, seed, story.OfType<CourtMeasure>().FirstOrDefault()));
        return story;
    }

    private static double CaseChance(int age) => age switch { >= 80 => 0.35, >= 65 => 0.12, >= 18 => 0.03, _ => 0.05 };

    private ServiceArea AreaFor(int age) => age switch
    {
        >= 65 => random.Chance(0.95) ? ServiceArea.NonSelfSufficiency : ServiceArea.MentalHealth,
        >= 18 => random.Weighted([(ServiceArea.Disability, 35), (ServiceArea.AdultsInDifficulty, 35), (ServiceArea.MentalHealth, 18), (ServiceArea.Addiction, 12)]),
        _ => random.Chance(0.8) ? ServiceArea.MinorsFamilies : ServiceArea.Disability,
    };

    private AccessChannel ChannelFor(ServiceArea area, SeedZone zone) => area == ServiceArea.NonSelfSufficiency && zone.Hospitals.Count > 0
        ? random.Weighted([(AccessChannel.Hospital, 40), (AccessChannel.AccessPoint, 30), (AccessChannel.GeneralPractitioner, 15), (AccessChannel.Self, 10), (AccessChannel.SocialService, 5)])
        : random.Weighted([(AccessChannel.AccessPoint, 35), (AccessChannel.SocialService, 30), (AccessChannel.ThirdParty, 20), (AccessChannel.Self, 15)]);

    /// <summary>A request the zone has not picked up yet, or one withdrawn before it did.</summary>
    private IEnumerable<object> PendingDischarge(SeedPerson seed)
    {
        var zone = world.ZoneOfComune[seed.Person.Residence.MunicipalityId];
        if (zone.Hospitals.Count == 0)
            return [];
        var request = NewRequest(seed, zone, today.AddDays(-random.Between(0, 4)));
        if (pendingCount++ % 5 == 1)
            request.Cancel("Trasferito in altro presidio ospedaliero");
        return [request];
    }

    /// <summary>The request a case was opened from, advanced as far as the case has come.</summary>
    private DischargeRequest HandledDischarge(SeedPerson seed, SeedZone zone, CareCase careCase, CareCaseStatus target)
    {
        var request = NewRequest(seed, zone, careCase.OpenedOn.AddDays(-random.Between(1, 5)));
        request.Acknowledge(careCase);
        if (target is CareCaseStatus.Referred or CareCaseStatus.Assessing)
            return request;
        var stage = requestStages.Next();
        request.RecordAssessment("Valutazione UVM completata: bisogno assistenziale confermato.");
        if (stage == DischargeRequestStatus.Assessed)
            return request;
        request.DefinePathway(random.Pick(Enum.GetValues<DischargeSetting>()));
        if (stage == DischargeRequestStatus.PathwayDefined)
            return request;
        if (stage == DischargeRequestStatus.Scheduled)
            request.Schedule(today.AddDays(random.Between(1, 10)));
        else
        {
            request.Schedule(careCase.OpenedOn.AddDays(random.Between(2, 10)));
            request.MarkDischarged(request.ScheduledOn!.Value, today);
        }
        return request;
    }

    private DischargeRequest NewRequest(SeedPerson seed, SeedZone zone, DateOnly submittedOn)
    {
        var hospital = random.Pick(zone.Hospitals);
        var ward = random.Pick<string>(["Medicina interna", "Geriatria", "Ortopedia", "Neurologia", "Cardiologia", "Chirurgia generale"]);
        var setting = random.Pick(Enum.GetValues<DischargeSetting>());
        var aids = random.Chance(0.6) ? new[] { "letto articolato", "materasso antidecubito", "carrozzina", "deambulatore", "ossigeno" }.Take(random.Between(1, 3)) : [];
        return new DischargeRequest(hospital.Id, new HospitalStay(ward, $"{submittedOn.Year}/{++admissionSequence:0000000}"),
            seed.Person.Id, zone.Zone.Id, submittedOn, submittedOn.AddDays(random.Between(2, 7)),
            "Paziente fragile con ridotta autonomia nelle ADL; necessita di supporto assistenziale continuativo dopo la dimissione.",
            setting, aids);
    }
}
