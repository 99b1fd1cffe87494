using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.CommandLine;

/// <summary>
/// The default demo as a newcomer starts it (issue 17): the personas of the minors' and anti-violence roles reach rows of their
/// own, and the personas who write a diary carry a staff member, so README's examples work with <c>personas</c> tokens alone.
/// </summary>
public abstract class DefaultDemoPersonasTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Child_protection_worker_sees_minors_cases_of_its_zone_with_court_measures_and_community_stays()
    {
        var personas = await PersonasAsync();
        var worker = Client(personas["child-protection-worker"]);

        var cases = await worker.DataAsync("{ careCases(first: 100, where: { area: { eq: MINORS_FAMILIES } }) { nodes { courtMeasures(first: 1) { totalCount } } } }");
        var stays = await worker.DataAsync("{ communityMinors(year: 2026, half: SECOND) { placements { id } } }");
        var referrals = await worker.DataAsync("{ familyCenterReferrals(first: 5) { totalCount } }");

        Assert.Contains(cases.At("careCases", "nodes").EnumerateArray(), c => c.At("courtMeasures", "totalCount").GetInt32() > 0);
        Assert.Contains(stays.At("communityMinors").EnumerateArray(), list => list.At("placements").GetArrayLength() > 0);
        Assert.True(referrals.At("familyCenterReferrals", "totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Foster_care_officer_sees_the_zone_foster_families_and_their_affidi()
    {
        var personas = await PersonasAsync();

        var data = await Client(personas["foster-care-officer"]).DataAsync("{ fosterFamilies(first: 20) { totalCount nodes { affidi(first: 5) { totalCount } } } }");

        Assert.True(data.At("fosterFamilies", "totalCount").GetInt32() > 0);
        Assert.Contains(data.At("fosterFamilies", "nodes").EnumerateArray(), f => f.At("affidi", "totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Anti_violence_operator_sees_its_centre_cases_and_nobody_else_does()
    {
        var personas = await PersonasAsync();
        var cases = (await Client(personas["anti-violence-operator"]).DataAsync("{ careCases(first: 5, where: { area: { eq: GENDER_VIOLENCE } }) { nodes { id person { id } } } }"))
            .At("careCases", "nodes").EnumerateArray().ToList();
        string[] ids = [.. cases.Select(c => c.At("id").GetString()!), .. cases.Select(c => c.At("person", "id").GetString()!)];

        Assert.NotEmpty(cases);
        // By id, so roles that may not filter on a case's area (SOCIAL) are asked too: each gets null for every case and woman.
        foreach (var other in new[] { "discharge-planner", "municipal-officer", "social-worker", "child-protection-worker", "acot", "provider-operator" })
        {
            var seen = (await Client(personas[other]).QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids })).At("data", "nodes");
            Assert.All(seen.EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.ValueKind));
        }
    }

    /// <summary>README, "The social diary": the social worker's persona writes an entry with no <c>token --staff</c>.</summary>
    [Fact]
    public async Task Social_worker_persona_writes_the_diary_as_its_staff_member()
    {
        var personas = await PersonasAsync();
        var worker = Client(personas["social-worker"]);
        var careCase = (await worker.DataAsync("{ careCases(first: 1, where: { status: { eq: ACTIVE } }) { nodes { id } } }")).At("careCases", "nodes")[0].At("id").GetString();

        var data = await worker.DataAsync("mutation($input: AddDiaryEntryInput!) { addDiaryEntry(input: $input) { diaryEntry { author { id } } errors { message } } }",
            new { input = new { careCaseId = careCase, kind = "NOTE", text = "Colloquio telefonico con la famiglia." } });

        Assert.Equal(0, data.At("addDiaryEntry", "errors").GetArrayLength());
        Assert.Equal(JsonValueKind.String, data.At("addDiaryEntry", "diaryEntry", "author", "id").ValueKind);
    }

    /// <summary>README, "The sample": the patient the planner's line names shows a plan in force, placements and a case manager.</summary>
    [Fact]
    public async Task Discharge_planner_persona_names_a_patient_whose_lookup_shows_a_plan()
    {
        // New user 38: it named the patient of the latest request, an open one, whose plan, placements and case manager are none yet.
        var run = await CommandLineRun.RunAsync(Host.Services, "personas", "--hours", "1");
        var patient = System.Text.RegularExpressions.Regex.Match(run.Output, "one of its patients: ([A-Z0-9]{16})").Groups[1].Value;

        var data = await Client((await PersonasAsync())["discharge-planner"]).DataAsync(
            "query($cf: String!) { person(fiscalCode: $cf) { activeCarePlan { status interventions { kind } } } }", new { cf = patient });

        Assert.Equal("ACTIVE", data.At("person", "activeCarePlan", "status").GetString());
        Assert.True(data.At("person", "activeCarePlan", "interventions").GetArrayLength() > 0);
    }

    /// <summary>Each persona's token, by role, as <c>personas</c> prints them.</summary>
    private async Task<Dictionary<string, string>> PersonasAsync()
    {
        var run = await CommandLineRun.RunAsync(Host.Services, "personas", "--hours", "1");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Select((line, i) => (line, i)).Where(x => x.i % 2 == 0).ToDictionary(x => x.line.Split(':')[0], x => lines[x.i + 1]);
    }

    private HttpClient Client(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class SqliteDefaultDemoPersonasTests(DefaultDemoHubApiFactory factory) : DefaultDemoPersonasTests(factory), IClassFixture<DefaultDemoHubApiFactory>;

public sealed class PostgresDefaultDemoPersonasTests(DefaultDemoPostgresHubApiFactory factory) : DefaultDemoPersonasTests(factory), IClassFixture<DefaultDemoPostgresHubApiFactory>;
