using Hub.Domain.Care;
using Hub.Domain.Minors;
using Hub.Domain.Organizations;
using Hub.Domain.Services;
using Hub.Domain.Structures;

namespace Hub.Domain.Seeding;

/// <summary>Writes the assessed part of a case: UVM assessment, plan versions, interventions and placements.</summary>
internal sealed class PlanWriter(SeedRandom random, SeedWorld world, DateOnly today, MinorsCareWriter minors)
{
    private const string Ruleset = "DGR 1449/2017";
    private readonly PlacementWriter placements = new(random, world, today);
    private int unassessedPlans;

    /// <summary>The assessed part of <paramref name="careCase"/> up to <paramref name="target"/>; a minor's affido or community stay <paramref name="runsOn"/> when asked.</summary>
    public IEnumerable<object> Write(CareCase careCase, SeedZone zone, CareCaseStatus target, SeedPerson seed, CourtMeasure? measure, bool runsOn = false)
    {
        var story = new List<object>();
        var assessedOn = careCase.OpenedOn.AddDays(random.Between(3, 25));
        if (target == CareCaseStatus.Assessing || assessedOn > today)
        {
            // The first two cases in assessment always have a draft and a proposed plan, so
            // even a small demo database shows both states.
            var early = unassessedPlans++;
            if (early < 2 || random.Chance(0.3))
                story.Add(Draft(careCase, zone, careCase.OpenedOn, random.Between(1, 5), propose: early == 1 || (early > 1 && random.Chance(0.5))));
            return story;
        }
        var assessment = Assess(careCase, zone, AssessmentKind.First, assessedOn);
        story.Add(assessment);
        careCase.Activate();
        var plan = Draft(careCase, zone, assessedOn, assessment.CareNeedLevel, propose: false);
        var minor = careCase.Area == ServiceArea.MinorsFamilies;
        if (minor && target == CareCaseStatus.Active)
            minors.Plan(plan, measure, plan.Interventions[0].StartsOn);
        plan.Propose();
        var signedOn = assessedOn.AddDays(random.Between(1, 10));
        plan.Activate(assessment, careCase, null, ManagerName(careCase), Signed(signedOn), signedOn, assessedOn.AddDays(365));
        story.Add(plan);
        if (random.Chance(0.2) && target != CareCaseStatus.Closed)
            plan = Revise(careCase, plan, story, zone, assessedOn);
        // A minor lives out of the family with a foster family or in a community, never in the structures PlacementWriter fills.
        story.AddRange(minor ? minors.Place(plan, seed, zone, measure, runsOn) : placements.For(careCase, plan, zone, ending: target == CareCaseStatus.Closed));
        Conclude(careCase, plan, zone, target, story);
        return story;
    }

    private CarePlan Revise(CareCase careCase, CarePlan plan, List<object> story, SeedZone zone, DateOnly assessedOn)
    {
        var next = plan.Revise();
        next.SetGoals("Revisione del PAP dopo rivalutazione periodica: " + next.Goals);
        next.Propose();
        var reviewed = assessedOn.AddDays(random.Between(120, 300));
        var assessment = story.OfType<Assessment>().First();
        var revisedOn = reviewed > today ? today : reviewed;
        next.Activate(assessment, careCase, plan, plan.SignedBy!, Signed(revisedOn), revisedOn, reviewed.AddDays(365));
        story.Add(next);
        return next;
    }

    private void Conclude(CareCase careCase, CarePlan plan, SeedZone zone, CareCaseStatus target, List<object> story)
    {
        switch (target)
        {
            case CareCaseStatus.Suspended:
                careCase.Suspend();
                plan.Suspend();
                break;
            case CareCaseStatus.Reassessing:
                careCase.Reassess();
                story.Add(Assess(careCase, zone, AssessmentKind.Periodic, today.AddDays(-random.Between(0, 20))));
                break;
            case CareCaseStatus.Closed:
                if (random.Chance(0.8)) plan.Complete(); else plan.Revoke();
                careCase.Close(random.Weighted([(ClosureReason.Deceased, 40), (ClosureReason.GoalsMet, 25), (ClosureReason.Transferred, 15), (ClosureReason.Refused, 10), (ClosureReason.Other, 10)]),
                    today.AddDays(-random.Between(1, 60)), today, story.OfType<CarePlan>());
                break;
        }
    }

    private Assessment Assess(CareCase careCase, SeedZone zone, AssessmentKind kind, DateOnly on)
    {
        var level = random.Weighted([(1, 10), (2, 20), (3, 30), (4, 25), (5, 15)]);
        var team = new List<StaffMember> { world.StaffById[careCase.CaseManagerId!.Value] };
        team.AddRange(zone.AssessmentTeam.Take(2));
        AssessmentScore[] scores =
        [
            new("ADL", random.Between(0, 6)), new("IADL", random.Between(0, 8)),
            new("cognitive (SPMSQ)", random.Between(0, 10)), new("social network", random.Between(1, 5)),
        ];
        return Assessment.Record(careCase, kind, careCase.Area == ServiceArea.Disability ? "SVAMDI" : "SVAMA", level, on, Ruleset, scores, team, today);
    }

    private CarePlan Draft(CareCase careCase, SeedZone zone, DateOnly from, int level, bool propose)
    {
        var type = careCase.Area == ServiceArea.Disability ? CarePlanKind.LifeProject : CarePlanKind.Pap;
        var plan = new CarePlan(careCase, type, "Mantenere la persona nel proprio contesto di vita il più a lungo possibile, sostenendo la famiglia.");
        foreach (var details in Interventions(careCase.Area, level, from.AddDays(random.Between(5, 20)), zone))
            plan.AddIntervention(details);
        if (propose)
            plan.Propose();
        return plan;
    }

    private IEnumerable<InterventionDetails> Interventions(ServiceArea area, int level, DateOnly start, SeedZone zone) => area switch
    {
        ServiceArea.NonSelfSufficiency => level switch
        {
            <= 2 when random.Chance(0.4) => [Home("SAD", start, random.Between(2, 6)), Carer(start)],
            <= 2 => [Home("SAD", start, random.Between(2, 6))],
            3 => random.Chance(0.5) && zone.DayModules.Count > 0 ? [Day("CD-ANZ", start)] : [Home("ADI", start, random.Between(4, 10)), Carer(start)],
            4 when random.Chance(0.4) => [Residential("RSA-TEMP", InterventionKind.TemporaryResidential, start)],
            _ => [Residential("RSA-PERM", InterventionKind.PermanentResidential, start)],
        },
        ServiceArea.Disability => zone.DayModules.Count > 0 && random.Chance(0.5) ? [Day("CD-DIS", start)] : [Home("SAD", start, random.Between(3, 12))],
        ServiceArea.MinorsFamilies => [Home(random.Chance(0.7) ? "TUTELA-MIN" : "AFFIDI", start, random.Between(2, 6))],
        ServiceArea.MentalHealth => [Home("SALUTE-MENT", start, random.Between(2, 8))],
        ServiceArea.Addiction => [Home("SERD", start, random.Between(1, 4))],
        _ => [Home("SSP", start, random.Between(1, 3)), Carer(start)],
    };

    private InterventionDetails Home(string service, DateOnly start, int hours) =>
        new(InterventionKind.HomeCareDirect, world.Services[service].Id, null, $"{Math.Max(1, hours / 2)} accessi a settimana", hours, start, null,
            new CostShares(0, Math.Round(hours * 21.5m / 7, 2), random.Money(0, 5), 0));

    private InterventionDetails Carer(DateOnly start) =>
        new(InterventionKind.HomeCareIndirect, world.Services["ASS-CURA"].Id, null, "contributo mensile", null, start, start.AddYears(1), new CostShares(0, 10m, 0, 0));

    private InterventionDetails Day(string service, DateOnly start) =>
        new(InterventionKind.SemiResidential, world.Services[service].Id, null, "5 giorni a settimana", null, start, null, new CostShares(30.39m, 0, random.Money(8, 20), random.Money(0, 10)));

    private InterventionDetails Residential(string service, InterventionKind kind, DateOnly start)
    {
        var user = random.Money(30, 60);
        return new(kind, world.Services[service].Id, null, null, null, start,
            kind == InterventionKind.TemporaryResidential ? start.AddDays(random.Between(30, 90)) : null,
            new CostShares(56.94m, 0, user, Math.Max(0, 60m - user)));
    }

    private string ManagerName(CareCase careCase) =>
        world.StaffById[careCase.CaseManagerId!.Value] is var manager ? $"{manager.FirstName} {manager.LastName}" : "";

    private static DateTimeOffset Signed(DateOnly on) => new(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
