using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Minors;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.FosterCare;

/// <summary>
/// Foster care (issue 17) as its callers do it: the Centro Affidi registers, trains and assesses a family; a school's
/// report becomes a case, the UVM for minors assesses the child and the family, the court entrusts the child to the
/// service, the child is placed with the family (a FOSTER_CARE placement), the affido is reviewed and the court's report
/// filed on time. The registry is seen by the foster-care officers and child-protection workers of its zone only.
/// </summary>
public abstract class FosterCareTests(HubApiHost host) : HubApiTest(host)
{
    internal static string Day(int offset) => CareWorld.Today.AddDays(offset).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_school_report_ends_in_an_affido_with_a_suitable_family_reviewed_and_reported_to_the_court_on_time()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var worker = world.ChildProtectionWorker;
        var familyId = await SuitableFamilyAsync(world);
        var minor = await ChildProtectionTests.RegisterAsync(world, age: 9);

        var caseId = (await worker.Succeed("openChildProtectionCase", "OpenChildProtectionCaseInput", new
        {
            personId = minor, zoneId = world.ZoneId, reportedOn = Day(-10), source = "SCHOOL", reportedBy = "la dirigente scolastica", openedOn = Day(-10),
        }, "careCase")).At("id").GetString()!;
        await worker.Succeed("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase");
        var ofMinor = await AssessAsync(world, caseId, "MINOR");
        var ofFamily = await AssessAsync(world, caseId, "FAMILY");
        var measureId = (await worker.Succeed("recordCourtMeasure", "RecordCourtMeasureInput", new
        {
            careCaseId = caseId, authority = "JUVENILE_COURT", kind = "ENTRUSTMENT_TO_SOCIAL_SERVICE", decreeReference = "R.G. 412/2026 V.G.", decreedOn = Day(-7),
        }, "courtMeasure")).At("id").GetString()!;
        var deadline = await worker.Succeed("setCourtDeadline", "SetCourtDeadlineInput",
            new { courtMeasureId = measureId, description = "Relazione semestrale sull'affido", dueOn = Day(180) }, "courtDeadline", "id version");
        var interventionId = await FosterCareInterventionAsync(world, caseId);

        var affido = await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", new
        {
            interventionId, fosterFamilyId = familyId, basis = "JUDICIAL", relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL",
            courtMeasureId = measureId, startsOn = Day(-5), plannedEndOn = Day(360),
        }, "placement", "id kind status admittedOn maximumEndDate structure { id } fosterCare { relation schedule setting }");
        var review = await worker.Succeed("reviewFosterCare", "ReviewFosterCareInput", new
        {
            placementId = affido.At("id").GetString(), outcome = "Buon inserimento; incontri protetti con la madre quindicinali.", nextReviewOn = CareWorld.Today.AddMonths(6).ToString("yyyy-MM-dd"),
        }, "fosterCareReview", "reviewedOn nextReviewOn");
        var filed = await worker.Succeed("fileCourtReport", "FileCourtReportInput", new
        {
            courtDeadlineId = deadline.At("id").GetString(), reference = "Prot. 991/2026", expectedVersion = deadline.At("version").GetInt64(),
        }, "courtDeadline", "status filedLate");

        Assert.Equal((ofMinor, ofFamily), ("MINOR", "FAMILY"));
        Assert.Equal(("FOSTER_CARE", "ADMITTED", Day(-5), Day(360), JsonValueKind.Null),
            (affido.At("kind").GetString(), affido.At("status").GetString(), affido.At("admittedOn").GetString(), affido.At("maximumEndDate").GetString(), affido.At("structure").ValueKind));
        Assert.Equal(("HETERO_FAMILIAL", "FULL_TIME", "RESIDENTIAL"), (affido.At("fosterCare", "relation").GetString(),
            affido.At("fosterCare", "schedule").GetString(), affido.At("fosterCare", "setting").GetString()));
        Assert.Equal(Day(0), review.At("reviewedOn").GetString());
        Assert.Equal(("FILED", false), (filed.At("status").GetString(), filed.At("filedLate").GetBoolean()));
        var read = (await worker.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Placement { fosterFamily { id status } fosterCare { courtMeasure { decreeReference } } "
            + "fosterCareReviews { outcome } } } }", new { id = affido.At("id").GetString() })).At("node");
        Assert.Equal((familyId, "SUITABLE", "R.G. 412/2026 V.G.", 1), (read.At("fosterFamily", "id").GetString(), read.At("fosterFamily", "status").GetString(),
            read.At("fosterCare", "courtMeasure", "decreeReference").GetString(), read.At("fosterCareReviews").GetArrayLength()));
    }

    [Fact]
    public async Task The_foster_registry_is_seen_by_its_zone_s_officers_and_child_protection_workers_and_by_no_provider_hospital_or_comune()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var familyId = await SuitableFamilyAsync(world);
        var otherZoneOfficer = new CareActor(Host.CreateClient(new Hub.Api.Access.CallerClaimSet("test-other-foster", world.OtherZoneWorkerClaims.Organization,
            world.OtherZoneWorkerClaims.OrganizationKind, ["foster-care-officer"], world.OtherZoneWorkerClaims.Zones)));
        const string Registry = "{ fosterFamilies(first: 100) { totalCount nodes { id zone { id } parents { id } } } }";

        async Task<List<JsonElement>> Seen(CareActor actor) => [.. (await actor.Client.DataAsync(Registry)).At("fosterFamilies", "nodes").EnumerateArray()];

        var officer = await Seen(world.FosterCareOfficer);
        var childProtection = await Seen(world.ChildProtectionWorker);
        Assert.Contains(officer, f => f.At("id").GetString() == familyId && f.At("parents").GetArrayLength() == 2);
        Assert.All(officer, f => Assert.Equal(world.ZoneId, f.At("zone", "id").GetString()));
        Assert.Contains(childProtection, f => f.At("id").GetString() == familyId);
        Assert.DoesNotContain(await Seen(otherZoneOfficer), f => f.At("id").GetString() == familyId);
        // A comune and a social worker hold SOCIAL and find an empty registry; a provider and a hospital do not, and the field is FORBIDDEN.
        foreach (var outsider in new[] { world.Desk, world.SocialWorker })
            Assert.Empty(await Seen(outsider));
        foreach (var outsider in new[] { world.Provider, world.Hospital })
        {
            var answer = await outsider.Client.QueryAsync(Registry);
            Assert.Equal((JsonValueKind.Null, "FORBIDDEN"), (answer.At("data", "fosterFamilies").ValueKind, answer.At("errors")[0].At("extensions", "code").GetString()));
        }
        var byId = await world.Provider.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = familyId });
        Assert.Equal(JsonValueKind.Null, byId.At("node").ValueKind);
    }

    [Fact]
    public async Task An_affido_for_an_adult_with_a_family_not_suitable_or_ending_before_it_starts_is_refused_and_nothing_is_written()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var suitable = await SuitableFamilyAsync(world);
        var candidate = await RegisterFamilyAsync(world);
        var minorCase = await MinorCaseAsync(world);
        var adultCase = await world.OpenCaseAsync(CareWorld.Today.AddDays(-10));
        var forMinor = await FosterCareInterventionAsync(world, minorCase);
        var forAdult = await FosterCareInterventionAsync(world, adultCase);
        object Input(string interventionId, string familyId, string plannedEndOn) => new
        {
            interventionId, fosterFamilyId = familyId, basis = "CONSENSUAL", relation = "INTRA_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL",
            startsOn = Day(-1), plannedEndOn,
        };

        var adult = await world.ChildProtectionWorker.Refused("startFosterCare", "StartFosterCareInput", Input(forAdult, suitable, Day(300)), "placement");
        var notSuitable = await world.FosterCareOfficer.Refused("startFosterCare", "StartFosterCareInput", Input(forMinor, candidate, Day(300)), "placement");
        var endsFirst = await world.FosterCareOfficer.Refused("startFosterCare", "StartFosterCareInput", Input(forMinor, suitable, Day(-3)), "placement");

        Assert.Equal(("ValidationError", "interventionId"), (adult.At("__typename").GetString(), adult.At("field").GetString()));
        Assert.Equal(("ValidationError", "fosterFamilyId"), (notSuitable.At("__typename").GetString(), notSuitable.At("field").GetString()));
        Assert.Contains("SUITABLE", notSuitable.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("ValidationError", "plannedEndOn"), (endsFirst.At("__typename").GetString(), endsFirst.At("field").GetString()));
        var written = await world.Read(db => db.Placements.CountAsync(p => p.FosterFamilyId == CareWorld.Key(suitable) || p.FosterFamilyId == CareWorld.Key(candidate)));
        Assert.Equal(0, written);
    }

    [Fact]
    public async Task A_family_takes_only_adults_resident_in_its_zone_and_every_other_code_is_refused_alike()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var zone = CareWorld.Key(world.ZoneId);
        var elsewhere = await world.Read(db => db.Persons.Where(p => p.Identifier.Length == 16 && p.DeathDate == null && p.BirthDate < new DateOnly(1990, 1, 1)
            && p.ProtectingCentreId == null && !db.ZoneMemberships.Any(z => z.MunicipalityId == p.Residence.MunicipalityId && z.ZoneId == zone)).OrderBy(p => p.Id).Select(p => p.Identifier).FirstAsync());
        object Input(string code) => new
        {
            zoneId = world.ZoneId, parentFiscalCodes = new[] { code },
            availability = new { fullTime = true, partTime = false, residential = true, daytime = true, minAge = 0, maxAge = 12, places = 1 },
        };

        var outOfZone = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(elsewhere), "fosterFamily");
        var unknown = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input("ZZZZZZ80A01D612Z"), "fosterFamily");

        Assert.Equal(("ValidationError", "parentFiscalCodes"), (outOfZone.At("__typename").GetString(), outOfZone.At("field").GetString()));
        Assert.Equal(outOfZone.At("message").GetString()!.Replace(elsewhere, "CF", StringComparison.Ordinal), unknown.At("message").GetString()!.Replace("ZZZZZZ80A01D612Z", "CF", StringComparison.Ordinal));
        Assert.Equal(0, await world.Read(db => db.FosterFamilies.CountAsync(f => f.Parents.Any(p => db.Persons.Any(x => x.Id == p.PersonId && x.Identifier == elsewhere)))));
    }

    [Fact]
    public async Task A_minor_is_in_one_affido_at_a_time_and_the_person_shows_it_among_her_placements()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var familyId = await SuitableFamilyAsync(world);
        var caseId = await MinorCaseAsync(world);
        var interventionId = await FosterCareInterventionAsync(world, caseId);
        object Input() => new
        {
            interventionId, fosterFamilyId = familyId, basis = "CONSENSUAL", relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL",
            startsOn = Day(-1), plannedEndOn = Day(300),
        };
        var first = await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", Input(), "placement", "id person { id }");

        var again = await world.FosterCareOfficer.Refused("startFosterCare", "StartFosterCareInput", Input(), "placement");
        var person = (await world.ChildProtectionWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on Person { placements { id kind } } } }",
            new { id = first.At("person", "id").GetString() })).At("node");

        Assert.Equal(("ValidationError", "interventionId"), (again.At("__typename").GetString(), again.At("field").GetString()));
        Assert.Equal((first.At("id").GetString(), "FOSTER_CARE"), (person.At("placements")[0].At("id").GetString(), person.At("placements")[0].At("kind").GetString()));
        Assert.Equal(1, person.At("placements").GetArrayLength());
    }

    [Fact]
    public async Task The_receiving_zone_of_a_waiting_transfer_neither_reviews_nor_ends_the_affido()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var familyId = await SuitableFamilyAsync(world);
        var caseId = await MinorCaseAsync(world);
        var interventionId = await FosterCareInterventionAsync(world, caseId);
        var affido = await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", new
        {
            interventionId, fosterFamilyId = familyId, basis = "CONSENSUAL", relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL",
            startsOn = Day(-1), plannedEndOn = Day(300),
        }, "placement", "id version");
        await world.ChildProtectionWorker.Succeed("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento di residenza" }, "careCase");
        var receiving = new CareActor(Host.CreateClient(new Hub.Api.Access.CallerClaimSet("test-receiving-cp", world.OtherZoneWorkerClaims.Organization,
            world.OtherZoneWorkerClaims.OrganizationKind, ["child-protection-worker"], world.OtherZoneWorkerClaims.Zones)));
        var placementId = affido.At("id").GetString();

        var review = Assert.Single((await receiving.Mutate("reviewFosterCare", "ReviewFosterCareInput",
            new { placementId, outcome = "scritto dalla zona ricevente", nextReviewOn = Day(90) }, "fosterCareReview { reviewedOn }")).At("errors").EnumerateArray());
        var end = await receiving.Refused("endFosterCare", "EndFosterCareInput", new { placementId, expectedVersion = affido.At("version").GetInt64(), outcome = "RETURN_TO_FAMILY" }, "placement");

        Assert.Equal(("ForbiddenError", "ForbiddenError"), (review.At("__typename").GetString(), end.At("__typename").GetString()));
        Assert.Equal("ADMITTED", await world.Read(db => db.Placements.Where(p => p.Id == CareWorld.Key(placementId!)).Select(p => p.Status.ToString().ToUpperInvariant()).SingleAsync()));
        Assert.Equal(0, await world.Read(db => db.FosterCareReviews.CountAsync(r => r.PlacementId == CareWorld.Key(placementId!))));
    }

    [Fact]
    public async Task Only_the_foster_care_officer_registers_families_and_a_family_is_assessed_after_its_training()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var familyId = await RegisterFamilyAsync(world);
        var untrained = await world.FosterCareOfficer.Refused("assessFosterFamily", "AssessFosterFamilyInput",
            new { fosterFamilyId = familyId, outcome = "SUITABLE", assessedById = world.SocialWorkerId }, "fosterFamily");
        var answer = await world.SocialWorker.Client.QueryAsync("mutation($input: RegisterFosterFamilyInput!) { registerFosterFamily(input: $input) { fosterFamily { id } } }",
            new { input = await FamilyInputAsync(world) });

        Assert.Equal(("ValidationError", "suitability"), (untrained.At("__typename").GetString(), untrained.At("field").GetString()));
        Assert.Equal("FORBIDDEN", answer.At("errors")[0].At("extensions", "code").GetString());
        Assert.Contains("foster-care-officer", answer.At("errors")[0].At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_zone_s_officer_changes_what_a_family_offers_and_a_new_affido_must_fit_it()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var familyId = await SuitableFamilyAsync(world);
        var interventionId = await FosterCareInterventionAsync(world, await MinorCaseAsync(world));
        var otherZoneOfficer = new CareActor(Host.CreateClient(new Hub.Api.Access.CallerClaimSet("test-other-foster", world.OtherZoneWorkerClaims.Organization,
            world.OtherZoneWorkerClaims.OrganizationKind, ["foster-care-officer"], world.OtherZoneWorkerClaims.Zones)));
        object Change(int minAge, int maxAge) => new
        {
            fosterFamilyId = familyId, availability = new { fullTime = true, partTime = true, residential = true, daytime = false, minAge, maxAge, places = 1 },
        };

        var changed = await world.FosterCareOfficer.Succeed("changeFosterAvailability", "ChangeFosterAvailabilityInput", Change(0, 4), "fosterFamily",
            "availability { partTime daytime minAge maxAge places }");
        var tooOld = await world.FosterCareOfficer.Refused("startFosterCare", "StartFosterCareInput", new
        {
            interventionId, fosterFamilyId = familyId, basis = "CONSENSUAL", relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL",
            startsOn = Day(-1), plannedEndOn = Day(300),
        }, "placement");
        var elsewhere = await otherZoneOfficer.Refused("changeFosterAvailability", "ChangeFosterAvailabilityInput", Change(0, 17), "fosterFamily");
        var worker = await world.ChildProtectionWorker.Client.QueryAsync(
            "mutation($input: ChangeFosterAvailabilityInput!) { changeFosterAvailability(input: $input) { fosterFamily { id } } }", new { input = Change(0, 17) });
        var outOfBounds = await world.FosterCareOfficer.Refused("changeFosterAvailability", "ChangeFosterAvailabilityInput", Change(3, 18), "fosterFamily");

        Assert.Equal((true, false, 0, 4, 1), (changed.At("availability", "partTime").GetBoolean(), changed.At("availability", "daytime").GetBoolean(),
            changed.At("availability", "minAge").GetInt32(), changed.At("availability", "maxAge").GetInt32(), changed.At("availability", "places").GetInt32()));
        Assert.Equal(("ValidationError", "fosterFamilyId"), (tooOld.At("__typename").GetString(), tooOld.At("field").GetString()));
        Assert.Equal("NotFoundError", elsewhere.At("__typename").GetString());
        Assert.Equal("FORBIDDEN", worker.At("errors")[0].At("extensions", "code").GetString());
        Assert.Equal(("ValidationError", "availability"), (outOfBounds.At("__typename").GetString(), outOfBounds.At("field").GetString()));
        var family = CareWorld.Key(familyId);
        Assert.Equal(4, await world.Read(db => db.FosterFamilies.Where(f => f.Id == family).Select(f => f.Availability.MaxAge).SingleAsync()));
        // One success event per foster parent (the family's two adults): each person's audit trail shows the change.
        Assert.Equal(2, await world.Read(db => db.AuditEvents.CountAsync(e => e.Mutation == "changeFosterAvailability" && e.EntityId == family
            && e.Outcome == Hub.Domain.Audit.AuditOutcome.Success)));
    }

    [Fact]
    public async Task A_family_fostering_a_minor_is_withdrawn_only_once_the_affido_ends_and_then_shows_as_withdrawn_and_takes_no_new_one()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var familyId = await SuitableFamilyAsync(world);
        var affido = await world.FosterCareOfficer.Succeed("startFosterCare", "StartFosterCareInput", new
        {
            interventionId = await FosterCareInterventionAsync(world, await MinorCaseAsync(world)), fosterFamilyId = familyId, basis = "CONSENSUAL",
            relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL", startsOn = Day(-1), plannedEndOn = Day(300),
        }, "placement", "id version");
        var withdraw = new { fosterFamilyId = familyId };

        var fostering = await world.FosterCareOfficer.Refused("withdrawFosterFamily", "WithdrawFosterFamilyInput", withdraw, "fosterFamily");
        await world.FosterCareOfficer.Succeed("endFosterCare", "EndFosterCareInput",
            new { placementId = affido.At("id").GetString(), expectedVersion = affido.At("version").GetInt64(), outcome = "RETURN_TO_FAMILY" }, "placement");
        var withdrawn = await world.FosterCareOfficer.Succeed("withdrawFosterFamily", "WithdrawFosterFamilyInput", withdraw, "fosterFamily", "id status");
        var newAffido = await world.FosterCareOfficer.Refused("startFosterCare", "StartFosterCareInput", new
        {
            interventionId = await FosterCareInterventionAsync(world, await MinorCaseAsync(world)), fosterFamilyId = familyId, basis = "CONSENSUAL",
            relation = "HETERO_FAMILIAL", schedule = "FULL_TIME", setting = "RESIDENTIAL", startsOn = Day(-1), plannedEndOn = Day(300),
        }, "placement");
        var twice = await world.FosterCareOfficer.Refused("withdrawFosterFamily", "WithdrawFosterFamilyInput", withdraw, "fosterFamily");
        var reassessed = await world.FosterCareOfficer.Refused("assessFosterFamily", "AssessFosterFamilyInput",
            new { fosterFamilyId = familyId, outcome = "SUITABLE", assessedById = world.SocialWorkerId }, "fosterFamily");
        var listed = await world.ChildProtectionWorker.Client.DataAsync("{ fosterFamilies(first: 100, where: { status: { eq: WITHDRAWN } }) { nodes { id status } } }");

        Assert.Equal(("ValidationError", "fosterFamilyId"), (fostering.At("__typename").GetString(), fostering.At("field").GetString()));
        Assert.Contains("endFosterCare", fostering.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("WITHDRAWN", withdrawn.At("status").GetString());
        Assert.Equal(("ValidationError", "fosterFamilyId"), (newAffido.At("__typename").GetString(), newAffido.At("field").GetString()));
        Assert.Contains("WITHDRAWN", newAffido.At("message").GetString(), StringComparison.Ordinal);
        foreach (var refused in new[] { twice, reassessed })
            Assert.Equal(("InvalidTransitionError", "WITHDRAWN", 0), (refused.At("__typename").GetString(), refused.At("from").GetString(), refused.At("nextStates").GetArrayLength()));
        Assert.Contains(listed.At("fosterFamilies", "nodes").EnumerateArray(), f => f.At("id").GetString() == familyId && f.At("status").GetString() == "WITHDRAWN");
        // One success event per foster parent (the family's two adults): each person's audit trail shows the change.
        Assert.Equal(2, await world.Read(db => db.AuditEvents.CountAsync(e => e.Mutation == "withdrawFosterFamily" && e.EntityId == CareWorld.Key(familyId)
            && e.Outcome == Hub.Domain.Audit.AuditOutcome.Success)));
    }

    [Fact]
    public async Task A_childless_couple_is_registered_with_its_household_and_a_stranger_s_household_is_refused()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var head = await world.RegisterResidentAsync(birthDate: new DateOnly(1979, 5, 2));
        var headCode = await world.Read(db => db.Persons.Where(p => p.Id == CareWorld.Key(head)).Select(p => p.Identifier).SingleAsync());
        var household = (await world.SocialWorker.Succeed("createHousehold", "CreateHouseholdInput", new { headPersonId = head }, "household")).At("id").GetString();
        var stranger = await world.RegisterResidentAsync(birthDate: new DateOnly(1975, 1, 9));
        var strangers = (await world.SocialWorker.Succeed("createHousehold", "CreateHouseholdInput", new { headPersonId = stranger }, "household")).At("id").GetString();
        object Input(string? householdId) => new
        {
            zoneId = world.ZoneId, parentFiscalCodes = new[] { headCode }, householdId,
            availability = new { fullTime = true, partTime = false, residential = true, daytime = true, minAge = 0, maxAge = 12, places = 1 },
        };

        var family = await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", Input(household), "fosterFamily", "id household { id }");
        var refused = await world.FosterCareOfficer.Refused("registerFosterFamily", "RegisterFosterFamilyInput", Input(strangers), "fosterFamily");

        Assert.Equal(household, family.At("household", "id").GetString());
        Assert.Equal(("ValidationError", "householdId"), (refused.At("__typename").GetString(), refused.At("field").GetString()));
    }

    private static async Task<string> AssessAsync(SocialWorld world, string caseId, string subject) =>
        (await world.ChildProtectionWorker.Succeed("recordAssessment", "RecordAssessmentInput", new
        {
            careCaseId = caseId, kind = "FIRST", instrument = "UVMM", careNeedLevel = 3, assessedOn = Day(-8), rulesetVersion = "RT-2026", subject,
            scores = new[] { new { domain = "RISCHIO", score = 2.5m } }, memberIds = new[] { world.SocialWorkerId },
        }, "assessment", "subject")).At("subject").GetString()!;

    internal static async Task<string> MinorCaseAsync(SocialWorld world)
    {
        var minor = await ChildProtectionTests.RegisterAsync(world, age: 6);
        return (await world.ChildProtectionWorker.Succeed("openChildProtectionCase", "OpenChildProtectionCaseInput",
            new { personId = minor, zoneId = world.ZoneId, reportedOn = Day(-10), source = "FAMILY", openedOn = Day(-10) }, "careCase")).At("id").GetString()!;
    }

    /// <summary>A draft plan of the case with a FOSTER_CARE intervention of the Centro Affidi's service, drawn by the child-protection worker.</summary>
    internal static async Task<string> FosterCareInterventionAsync(SocialWorld world, string caseId)
    {
        var serviceId = await world.Read(db => db.Services.Where(s => s.Code == "AFFIDI").Select(s => s.Id).SingleAsync());
        var plan = await world.ChildProtectionWorker.Succeed("draftCarePlan", "DraftCarePlanInput", new { careCaseId = caseId, type = "PAI", goals = "Progetto quadro: affido etero-familiare." },
            "carePlan", "id version");
        var withIntervention = await world.ChildProtectionWorker.Succeed("addIntervention", "AddInterventionInput", new
        {
            carePlanId = plan.At("id").GetString(), expectedVersion = plan.At("version").GetInt64(),
            intervention = new { kind = "FOSTER_CARE", serviceId = Hub.Api.GraphQL.Relay.GlobalId.Encode("Service", serviceId), startsOn = Day(-6), frequency = "contributo mensile alla famiglia" },
        }, "carePlan", "interventions { id kind }");
        return withIntervention.At("interventions").EnumerateArray().Single(i => i.At("kind").GetString() == "FOSTER_CARE").At("id").GetString()!;
    }

    internal static async Task<string> SuitableFamilyAsync(SocialWorld world)
    {
        var familyId = await RegisterFamilyAsync(world);
        await world.FosterCareOfficer.Succeed("recordFosterTraining", "RecordFosterTrainingInput",
            new { fosterFamilyId = familyId, course = "Percorso di formazione all'affido, 4 incontri", attendedOn = Day(-30) }, "fosterFamily");
        var assessed = await world.FosterCareOfficer.Succeed("assessFosterFamily", "AssessFosterFamilyInput",
            new { fosterFamilyId = familyId, outcome = "SUITABLE", assessedOn = Day(-20), assessedById = world.SocialWorkerId }, "fosterFamily", "status suitability { outcome assessedBy { id } }");
        Assert.Equal(("SUITABLE", world.SocialWorkerId), (assessed.At("status").GetString(), assessed.At("suitability", "assessedBy", "id").GetString()));
        return familyId;
    }

    private static async Task<string> RegisterFamilyAsync(SocialWorld world)
    {
        var family = await world.FosterCareOfficer.Succeed("registerFosterFamily", "RegisterFosterFamilyInput", await FamilyInputAsync(world), "fosterFamily", "id status");
        Assert.Equal("CANDIDATE", family.At("status").GetString());
        return family.At("id").GetString()!;
    }

    /// <summary>A couple of the world's comune, registered as persons by the social worker, offering a full-time residential affido to a child of 0–12.</summary>
    private static async Task<object> FamilyInputAsync(SocialWorld world)
    {
        var codes = new List<string>();
        foreach (var _ in new[] { 1, 2 })
        {
            var id = CareWorld.Key(await world.RegisterResidentAsync(birthDate: new DateOnly(1980, 3, 1).AddDays(Random.Shared.Next(0, 3000))));
            codes.Add(await world.Read(db => db.Persons.Where(p => p.Id == id).Select(p => p.Identifier).SingleAsync()));
        }
        return new
        {
            zoneId = world.ZoneId, parentFiscalCodes = codes, registeredOn = Day(-60),
            availability = new { fullTime = true, partTime = false, residential = true, daytime = true, minAge = 0, maxAge = 12, places = 2 },
        };
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteFosterCareTests(HubApiFactory host) : FosterCareTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresFosterCareTests(PostgresHubApiFactory host) : FosterCareTests(host);
