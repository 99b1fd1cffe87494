using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Minors;

/// <summary>
/// Child protection (issue 17) as its callers do it: a school's report opens a case, the adults
/// responsible are named, the Tribunale per i minorenni entrusts the minor to the social service and
/// asks for reports, which are filed on time or late. Court measures are JUDICIAL: the child-protection
/// worker reads them, the ordinary social worker and the foster-care officer see the case without them.
/// </summary>
public abstract class ChildProtectionTests(HubApiHost host) : HubApiTest(host)
{
    private const string CaseRecord = "query($id: ID!) { node(id: $id) { ... on CareCase { area status firstReport { source reportedOn reportedBy } "
        + "parentalResponsibilities { role holder { id } } courtMeasures { totalCount nodes { authority kind decreeReference deadlines { description status overdue filedLate } } } } } }";

    [Fact]
    public async Task A_foster_care_officer_reaches_the_minors_of_its_zones_and_no_adult_resident()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var minor = await RegisterAsync(world, age: 9);
        var adult = await world.RegisterResidentAsync();
        const string Person = "query($id: ID!) { node(id: $id) { id } }";

        var asMinor = await world.FosterCareOfficer.Client.DataAsync(Person, new { id = minor });
        var asAdult = await world.FosterCareOfficer.Client.DataAsync(Person, new { id = adult });
        var page = await world.FosterCareOfficer.Client.DataAsync("{ persons(first: 100) { nodes { birthDate } } }");

        Assert.Equal(minor, asMinor.At("node", "id").GetString());
        Assert.Equal(JsonValueKind.Null, asAdult.At("node").ValueKind);
        Assert.All(page.At("persons", "nodes").EnumerateArray(), p => Assert.True(DateOnly.Parse(p.At("birthDate").GetString()!) > CareWorld.Today.AddYears(-18)));
    }

    [Fact]
    public async Task A_school_report_becomes_a_case_the_court_entrusts_to_the_service_and_the_report_is_filed_on_time()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var worker = world.ChildProtectionWorker;
        var minor = await RegisterAsync(world, age: 9);
        var mother = await world.RegisterResidentAsync();

        var careCase = await worker.Succeed("openChildProtectionCase", "OpenChildProtectionCaseInput", new
        {
            personId = minor, zoneId = world.ZoneId, reportedOn = CareWorld.Today.AddDays(-3).ToString("yyyy-MM-dd"), source = "SCHOOL",
            reportedBy = "la maestra di classe", summary = "Assenze ripetute, segni di trascuratezza.",
        }, "careCase", "id version");
        var caseId = careCase.At("id").GetString()!;
        await worker.Succeed("recordParentalResponsibility", "RecordParentalResponsibilityInput",
            new { careCaseId = caseId, holderId = mother, role = "PARENT", expectedVersion = careCase.At("version").GetInt64() }, "careCase");
        await worker.Succeed("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase");
        var measure = await worker.Succeed("recordCourtMeasure", "RecordCourtMeasureInput", new
        {
            careCaseId = caseId, authority = "JUVENILE_COURT", kind = "ENTRUSTMENT_TO_SOCIAL_SERVICE", decreeReference = "R.G. 1234/2026 V.G.",
            decreedOn = CareWorld.Today.ToString("yyyy-MM-dd"), notes = "Affidamento al servizio sociale con collocamento presso la madre.",
        }, "courtMeasure");
        var deadline = await worker.Succeed("setCourtDeadline", "SetCourtDeadlineInput", new
        {
            courtMeasureId = measure.At("id").GetString(), description = "Relazione di aggiornamento semestrale", dueOn = CareWorld.Today.AddMonths(6).ToString("yyyy-MM-dd"),
        }, "courtDeadline", "id version status overdue");
        var filed = await worker.Succeed("fileCourtReport", "FileCourtReportInput", new
        {
            courtDeadlineId = deadline.At("id").GetString(), reference = "Prot. 5678/2026", expectedVersion = deadline.At("version").GetInt64(),
        }, "courtDeadline", "status filedOn filedLate overdue");

        var record = (await worker.Client.DataAsync(CaseRecord, new { id = caseId })).At("node");
        Assert.Equal(("MINORS_FAMILIES", "ASSESSING", "SCHOOL", "la maestra di classe"),
            (record.At("area").GetString(), record.At("status").GetString(), record.At("firstReport", "source").GetString(), record.At("firstReport", "reportedBy").GetString()));
        Assert.Equal(("PARENT", mother), (record.At("parentalResponsibilities")[0].At("role").GetString(), record.At("parentalResponsibilities")[0].At("holder", "id").GetString()));
        var decree = record.At("courtMeasures", "nodes")[0];
        Assert.Equal(("JUVENILE_COURT", "ENTRUSTMENT_TO_SOCIAL_SERVICE", "R.G. 1234/2026 V.G."),
            (decree.At("authority").GetString(), decree.At("kind").GetString(), decree.At("decreeReference").GetString()));
        Assert.Equal(("PENDING", false), (deadline.At("status").GetString(), deadline.At("overdue").GetBoolean()));
        Assert.Equal(("FILED", CareWorld.Today.ToString("yyyy-MM-dd"), false, false),
            (filed.At("status").GetString(), filed.At("filedOn").GetString(), filed.At("filedLate").GetBoolean(), filed.At("overdue").GetBoolean()));
        var audited = await world.Read(db => db.AuditEvents.CountAsync(e => e.Mutation == "recordCourtMeasure" && e.PersonId == CareWorld.Key(minor)
            && e.Sensitivity == Hub.Domain.Audit.Sensitivity.Judicial && e.Outcome == Hub.Domain.Audit.AuditOutcome.Success));
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task An_overdue_report_shows_until_it_is_filed_and_then_stays_marked_late()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (_, measureId) = await DecreeAsync(world, decreedOn: CareWorld.Today.AddMonths(-7));
        var deadline = await world.ChildProtectionWorker.Succeed("setCourtDeadline", "SetCourtDeadlineInput",
            new { courtMeasureId = measureId, description = "Relazione sull'andamento del collocamento", dueOn = CareWorld.Today.AddDays(-10).ToString("yyyy-MM-dd") },
            "courtDeadline", "id version overdue");
        const string Overdue = "{ overdueCourtReports(first: 50) { nodes { id dueOn careCase { id } } } }";

        var before = (await world.ChildProtectionWorker.Client.DataAsync(Overdue)).At("overdueCourtReports", "nodes").EnumerateArray().Select(n => n.At("id").GetString()).ToList();
        var filed = await world.ChildProtectionWorker.Succeed("fileCourtReport", "FileCourtReportInput",
            new { courtDeadlineId = deadline.At("id").GetString(), reference = "Prot. 1/2026" }, "courtDeadline", "status filedLate overdue");
        var after = (await world.ChildProtectionWorker.Client.DataAsync(Overdue)).At("overdueCourtReports", "nodes").EnumerateArray().Select(n => n.At("id").GetString()).ToList();

        Assert.True(deadline.At("overdue").GetBoolean());
        Assert.Contains(deadline.At("id").GetString(), before);
        Assert.DoesNotContain(deadline.At("id").GetString(), after);
        Assert.Equal(("FILED", true, false), (filed.At("status").GetString(), filed.At("filedLate").GetBoolean(), filed.At("overdue").GetBoolean()));
        var again = await world.ChildProtectionWorker.Refused("fileCourtReport", "FileCourtReportInput",
            new { courtDeadlineId = deadline.At("id").GetString(), reference = "Prot. 2/2026" }, "courtDeadline");
        Assert.Equal("InvalidTransitionError", again.At("__typename").GetString());
    }

    [Fact]
    public async Task A_social_worker_without_judicial_clearance_sees_the_case_but_every_court_field_is_forbidden_and_cannot_filter_by_them()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, _) = await DecreeAsync(world, decreedOn: CareWorld.Today);
        const string Measures = "query($id: ID!) { node(id: $id) { ... on CareCase { status firstReport { source } courtMeasures { totalCount } } } }";

        foreach (var reader in new[] { world.SocialWorker, world.FosterCareOfficer })
        {
            var answer = await reader.Client.QueryAsync(Measures, new { id = caseId });
            Assert.Equal(("REFERRED", "POLICE"), (answer.At("data", "node", "status").GetString(), answer.At("data", "node", "firstReport", "source").GetString()));
            Assert.Equal(JsonValueKind.Null, answer.At("data", "node", "courtMeasures").ValueKind);
            var error = Assert.Single(answer.At("errors").EnumerateArray());
            Assert.Equal(("FORBIDDEN", "node/courtMeasures"),
                (error.At("extensions", "code").GetString(), string.Join('/', error.At("path").EnumerateArray().Select(p => p.ToString()))));
        }
        var overdue = await world.SocialWorker.Client.QueryAsync("{ overdueCourtReports(first: 5) { totalCount } }");
        Assert.Equal("FORBIDDEN", overdue.At("errors")[0].At("extensions", "code").GetString());
        const string ByKind = "{ careCases(where: { courtMeasures: { some: { kind: { eq: ENTRUSTMENT_TO_SOCIAL_SERVICE } } } }) { totalCount } }";
        using var refused = await world.SocialWorker.Client.PostAsJsonAsync("/graphql", new { query = ByKind });
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FORBIDDEN", body.At("errors")[0].At("extensions", "code").GetString());
        Assert.Contains("courtMeasures", body.At("errors")[0].At("message").GetString(), StringComparison.Ordinal);
        var allowed = await world.ChildProtectionWorker.Client.DataAsync(ByKind);
        Assert.True(allowed.At("careCases", "totalCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task Only_the_child_protection_worker_may_record_a_court_measure()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, _) = await DecreeAsync(world, decreedOn: CareWorld.Today);

        var answer = await world.SocialWorker.Client.QueryAsync("mutation($input: RecordCourtMeasureInput!) { recordCourtMeasure(input: $input) { courtMeasure { id } } }",
            new { input = new { careCaseId = caseId, authority = "GUARDIANSHIP_JUDGE", kind = "GUARDIAN_APPOINTMENT", decreeReference = "R.G. 9/2026", decreedOn = CareWorld.Today.ToString("yyyy-MM-dd") } });

        Assert.Equal("FORBIDDEN", answer.At("errors")[0].At("extensions", "code").GetString());
        Assert.Contains("child-protection-worker", answer.At("errors")[0].At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_child_protection_case_is_for_a_minor_and_a_court_measure_for_a_minors_case()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var adult = await world.RegisterResidentAsync();
        var elderCase = await OpenAdultCaseAsync(world);

        var notMinor = await world.ChildProtectionWorker.Refused("openChildProtectionCase", "OpenChildProtectionCaseInput",
            new { personId = adult, zoneId = world.ZoneId, reportedOn = CareWorld.Today.ToString("yyyy-MM-dd"), source = "FAMILY" }, "careCase");
        var notMinorsCase = await world.ChildProtectionWorker.Refused("recordCourtMeasure", "RecordCourtMeasureInput",
            new { careCaseId = elderCase, authority = "ORDINARY_COURT", kind = "PRESCRIPTIONS", decreeReference = "R.G. 1/2026", decreedOn = CareWorld.Today.ToString("yyyy-MM-dd") }, "courtMeasure");

        Assert.Equal(("ValidationError", "personId"), (notMinor.At("__typename").GetString(), notMinor.At("field").GetString()));
        Assert.Equal(("ValidationError", "careCaseId"), (notMinorsCase.At("__typename").GetString(), notMinorsCase.At("field").GetString()));
    }

    [Fact]
    public async Task A_court_measure_in_another_zone_is_not_found()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, _) = await DecreeAsync(world, decreedOn: CareWorld.Today);
        var otherZone = new CareActor(Host.CreateClient(new Hub.Api.Access.CallerClaimSet("test-other-cp", world.OtherZoneWorkerClaims.Organization,
            world.OtherZoneWorkerClaims.OrganizationKind, ["child-protection-worker"], world.OtherZoneWorkerClaims.Zones)));

        var error = await otherZone.Refused("recordCourtMeasure", "RecordCourtMeasureInput",
            new { careCaseId = caseId, authority = "JUVENILE_COURT", kind = "EMERGENCY_REMOVAL", decreeReference = "R.G. 3/2026", decreedOn = CareWorld.Today.ToString("yyyy-MM-dd") }, "courtMeasure");

        Assert.Equal("NotFoundError", error.At("__typename").GetString());
    }

    /// <summary>A police report's case with one decree of the Tribunale per i minorenni of <paramref name="decreedOn"/>.</summary>
    private static async Task<(string CaseId, string MeasureId)> DecreeAsync(SocialWorld world, DateOnly decreedOn)
    {
        var minor = await RegisterAsync(world, age: 14);
        var caseId = (await world.ChildProtectionWorker.Succeed("openChildProtectionCase", "OpenChildProtectionCaseInput",
            new { personId = minor, zoneId = world.ZoneId, reportedOn = decreedOn.ToString("yyyy-MM-dd"), source = "POLICE", openedOn = decreedOn.ToString("yyyy-MM-dd") },
            "careCase")).At("id").GetString()!;
        var measureId = (await world.ChildProtectionWorker.Succeed("recordCourtMeasure", "RecordCourtMeasureInput", new
        {
            careCaseId = caseId, authority = "JUVENILE_COURT", kind = "ENTRUSTMENT_TO_SOCIAL_SERVICE", decreeReference = "R.G. 77/2026 V.G.", decreedOn = decreedOn.ToString("yyyy-MM-dd"),
        }, "courtMeasure")).At("id").GetString()!;
        return (caseId, measureId);
    }

    private static async Task<string> OpenAdultCaseAsync(SocialWorld world)
    {
        var personId = await world.RegisterResidentAsync();
        return (await world.ChildProtectionWorker.Succeed("openCase", "OpenCaseInput",
            new { personId, zoneId = world.ZoneId, area = "NON_SELF_SUFFICIENCY", accessChannel = "SELF" }, "careCase")).At("id").GetString()!;
    }

    /// <summary>A child of <paramref name="age"/> resident in the world's comune, registered by the child-protection worker.</summary>
    internal static Task<string> RegisterAsync(SocialWorld world, int age) => RegisterBornAsync(world, CareWorld.Today.AddYears(-age).AddDays(-Random.Shared.Next(1, 300)));

    /// <summary>As <see cref="RegisterAsync"/>, born on <paramref name="birth"/>.</summary>
    internal static async Task<string> RegisterBornAsync(SocialWorld world, DateOnly birth)
    {
        var (first, last) = (Letters(), Letters());
        var code = Hub.Domain.People.FiscalCode.Compose(last, first, Hub.Domain.People.Sex.Female, birth, "D612").Value;
        var person = await world.ChildProtectionWorker.Succeed("registerPerson", "RegisterPersonInput", new
        {
            fiscalCode = code, firstName = first, lastName = last, sex = "FEMALE", birthDate = birth.ToString("yyyy-MM-dd"), birthPlaceCode = "D612",
            residence = new { municipalityId = world.ComuneId, street = "Via dei Bambini 3", postalCode = "50100" },
        }, "person");
        return person.At("id").GetString()!;
    }

    private static string Letters() => new([.. Enumerable.Range(0, 7).Select(_ => (char)('A' + Random.Shared.Next(26)))]);
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteChildProtectionTests(HubApiFactory host) : ChildProtectionTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresChildProtectionTests(PostgresHubApiFactory host) : ChildProtectionTests(host);
