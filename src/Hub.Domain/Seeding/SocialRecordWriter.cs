using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Hub.Domain.Structures;

namespace Hub.Domain.Seeding;

/// <summary>
/// The social record around the generated care: the access request a case came from (or one still at the
/// desk, some of them overdue), a few diary entries by the case manager, a nurse on some teams and a review
/// of some plans in force. Draws from its own random source, so the rest of the demo data stays as it was.
/// </summary>
internal sealed class SocialRecordWriter(SeedRandom random, SeedWorld world, DateOnly today)
{
    // Desk states cycled in order, so even a small demo database holds each (two thirds of those received overdue).
    private static readonly AccessRequestStatus?[] DeskStates =
        [null, AccessRequestStatus.InformationGiven, null, AccessRequestStatus.Referred, null, AccessRequestStatus.Withdrawn];

    private static readonly (DiaryEntryKind Kind, string Text, string[] Participants)[] Entries =
    [
        (DiaryEntryKind.Interview, "Primo colloquio con la persona e la figlia: bisogni espressi e rete familiare.", ["la figlia"]),
        (DiaryEntryKind.HomeVisit, "Visita domiciliare: abitazione al primo piano senza ascensore, barriere architettoniche.", []),
        (DiaryEntryKind.PhoneCall, "Telefonata con il MMG per condividere il percorso.", ["il MMG"]),
        (DiaryEntryKind.TeamMeeting, "Riunione d'équipe: aggiornamento del progetto e dei compiti.", ["l'infermiere di famiglia"]),
    ];

    private readonly Service socialWork = world.Services["SSP"];
    private readonly Dictionary<Guid, Structure?> accessPoints = [];
    private int pending;

    /// <summary>The request a person without a case has at the desk, for about one in thirty.</summary>
    public IEnumerable<object> Pending(SeedPerson seed)
    {
        var zone = world.ZoneOfComune[seed.Person.Residence.MunicipalityId];
        if (!random.Chance(1 / 30.0) || AccessPointOf(zone) is not { } point)
            return [];
        var state = DeskStates[pending++ % DeskStates.Length];
        var overdue = state is null && pending % 3 != 0;
        var request = Request(seed, zone, point, today.AddDays(-(overdue ? random.Between(31, 60) : random.Between(0, 25))));
        var on = random.DateBetween(request.ReceivedOn, today);
        switch (state)
        {
            case AccessRequestStatus.InformationGiven: request.GiveInformation("Informazioni su assegno di cura e servizi domiciliari.", on, today); break;
            case AccessRequestStatus.Referred: request.Refer("Inviata al Centro per l'impiego per l'inserimento lavorativo.", on, today); break;
            case AccessRequestStatus.Withdrawn: request.Withdraw("La famiglia ha trovato un'assistente privata.", on, today); break;
        }
        return [request];
    }

    /// <summary>What the record holds for a case told by <see cref="CareStoryFactory"/>: its request, diary, team and reviews.</summary>
    public IEnumerable<object> For(SeedPerson seed, SeedZone zone, CareCase careCase, IReadOnlyList<object> story)
    {
        var record = new List<object>();
        if (careCase.AccessChannel == AccessChannel.AccessPoint && AccessPointOf(zone) is { } point)
        {
            var request = Request(seed, zone, point, careCase.OpenedOn.AddDays(-random.Between(0, 20)));
            request.CaseOpened(careCase, today);
            record.Add(request);
        }
        if (careCase.CaseManagerId is not { } manager)
            return record;
        foreach (var (kind, text, participants) in Entries.Take(random.Between(1, Entries.Length)))
            record.Add(new DiaryEntry(careCase, kind, random.DateBetween(careCase.OpenedOn, careCase.ClosedOn ?? today), manager, participants, text, Sensitivity.Social, null, today));
        if (careCase.IsOpen && zone.AssessmentTeam.Count > 0 && random.Chance(0.3))
            careCase.AddTeamMember(random.Pick(zone.AssessmentTeam).Id, CaseTeamRole.Nurse, random.DateBetween(careCase.OpenedOn, today));
        foreach (var plan in story.OfType<CarePlan>().Where(p => p.IsInForce && p.SignedAt!.Value.AddDays(90) < new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue))))
            if (random.Chance(0.4))
                record.Add(Review(plan));
        return record;
    }

    private PlanReview Review(CarePlan plan)
    {
        var reviewedOn = random.DateBetween(DateOnly.FromDateTime(plan.SignedAt!.Value.UtcDateTime).AddDays(90), today);
        GoalReview[] goals =
        [
            new("Mantenimento a domicilio in sicurezza", random.Weighted([(GoalOutcome.Met, 5), (GoalOutcome.PartlyMet, 3), (GoalOutcome.NotMet, 1)]), null),
            new("Sollievo del caregiver", random.Weighted([(GoalOutcome.Met, 3), (GoalOutcome.PartlyMet, 3), (GoalOutcome.NotMet, 2)]), null),
        ];
        return plan.Review(reviewedOn, reviewedOn.AddDays(180), goals, "Verifica periodica del PAP con la famiglia.", today);
    }

    private AccessRequest Request(SeedPerson seed, SeedZone zone, Structure point, DateOnly receivedOn)
    {
        var person = seed.Person;
        var subject = new AccessRequestSubject(person.Id, person.FirstName, person.LastName, person.BirthDate, person.Residence.MunicipalityId);
        var requester = random.Weighted([(RequesterKind.Self, 4), (RequesterKind.Relative, 4), (RequesterKind.GeneralPractitioner, 1), (RequesterKind.ThirdSector, 1)]);
        return new AccessRequest(new AccessRequestDesk(point.OperatorOrganizationId, point.Id, zone.Zone.Id), subject, socialWork, requester,
            requester == RequesterKind.Relative ? "un familiare" : null, receivedOn, today);
    }

    // The zone's Punto Insieme (StructureSeeder opens one per zone), found once per zone.
    private Structure? AccessPointOf(SeedZone zone)
    {
        if (!accessPoints.TryGetValue(zone.Zone.Id, out var point))
        {
            var comuni = zone.Comuni.Select(m => m.Id).ToHashSet();
            accessPoints[zone.Zone.Id] = point = world.Structures.Values.FirstOrDefault(s => s.Kind == StructureKind.AccessPoint && comuni.Contains(s.Address.MunicipalityId));
        }
        return point;
    }
}
