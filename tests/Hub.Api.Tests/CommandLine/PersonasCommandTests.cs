using System.Net.Http.Headers;
using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.CommandLine;

/// <summary>
/// <c>personas</c> (issue 12 §7): a ready token for every role of DESIGN §4, each reaching rows of the
/// current database, and the README's examples with them.
/// </summary>
public abstract class PersonasCommandTests(HubApiHost host) : HubApiTest(host)
{
    // What each persona reaches, in the order that leaves the auditor something to read.
    private static readonly (string Role, string Query, string[] Path)[] Reaches =
    [
        ("discharge-planner", "{ dischargeRequests(first: 1) { totalCount } }", ["dischargeRequests", "totalCount"]),
        ("acot", "{ careCases(first: 1) { totalCount } }", ["careCases", "totalCount"]),
        ("social-worker", "{ persons(first: 1) { totalCount } }", ["persons", "totalCount"]),
        ("provider-operator", "{ placements(first: 1) { totalCount } }", ["placements", "totalCount"]),
        ("municipal-officer", "{ persons(first: 1) { totalCount } }", ["persons", "totalCount"]),
        ("registry-admin", "{ structures(first: 1) { totalCount } }", ["structures", "totalCount"]),
        ("auditor", "{ auditEvents(first: 1) { totalCount } }", ["auditEvents", "totalCount"]),
    ];

    [Fact]
    public async Task Personas_prints_a_described_token_for_every_role()
    {
        var personas = await PersonasAsync();

        Assert.Equal(RoleNames.All.Order(), personas.Keys.Order());
        Assert.Contains("Firenze", personas["discharge-planner"].Description);
    }

    [Fact]
    public async Task The_planner_is_shown_a_patient_it_looks_up_and_the_staff_personas_the_staff_member_id_their_mutations_take()
    {
        // New user 37: the README's fixed codice fiscale moved with the demo data's today, and no staff member id was to be found.
        var personas = await PersonasAsync();
        var patient = System.Text.RegularExpressions.Regex.Match(personas["discharge-planner"].Description, "one of its patients: ([A-Z0-9]{16})").Groups[1].Value;
        var staffId = System.Text.RegularExpressions.Regex.Match(personas["social-worker"].Description, @"\(StaffMember ([^)]+)\)").Groups[1].Value;

        var found = await Client(personas["discharge-planner"].Token).DataAsync("query($cf: String!) { person(fiscalCode: $cf) { identifier } }", new { cf = patient });
        var staff = await Client(personas["social-worker"].Token).DataAsync("query($id: ID!) { node(id: $id) { __typename } }", new { id = staffId });

        Assert.Equal(patient, found.At("person", "identifier").GetString());
        Assert.Equal("StaffMember", staff.At("node", "__typename").GetString());
    }

    [Fact]
    public async Task Every_persona_reaches_rows_of_its_role()
    {
        var personas = await PersonasAsync();

        foreach (var (role, query, path) in Reaches)
            Assert.True((await Client(personas[role].Token).DataAsync(query)).At(path).GetInt32() > 0, $"{role} reached no row with {query}");
        var figures = await Client(personas["analyst"].Token).DataAsync("{ caseCounts { count } persons(first: 1) { totalCount } }");
        Assert.NotEmpty(figures.At("caseCounts").EnumerateArray());
        Assert.Equal(0, figures.At("persons", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Personas_on_a_database_seeded_before_the_centres_says_to_reseed()
    {
        // Red team 35, F8: a demo database of an older seed answered "Sequence contains no elements".
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Organizations.Where(o => o.Kind == OrganizationKind.AntiViolenceCentre).ExecuteUpdateAsync(set => set.SetProperty(o => o.ZoneId, (Guid?)null));

        var stale = await Assert.ThrowsAsync<StaleDemoDataException>(() => DemoPersonas.TryLoadAsync(db, new AccessOptions(), CancellationToken.None));

        Assert.Contains("delete data/hub.db", stale.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_option_prints_that_role_token_alone()
    {
        var run = await CommandLineRun.RunAsync(Host.Services, "personas", "--role", "social-worker");

        Assert.Equal(0, run.ExitCode);
        var token = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.True((await Client(token).DataAsync("{ persons(first: 1) { totalCount } }")).At("persons", "totalCount").GetInt32() > 0);
    }

    /// <summary>README, "The two commands": a social worker's first page of persons.</summary>
    [Fact]
    public async Task Readme_social_worker_example_lists_persons_of_the_zone()
    {
        var personas = await PersonasAsync();

        var data = await Client(personas["social-worker"].Token)
            .DataAsync("{ persons(first: 3, order: [{ lastName: ASC }]) { totalCount nodes { lastName firstName residence { municipality { name } } } } }");

        Assert.True(data.At("persons", "totalCount").GetInt32() > 0);
        Assert.Equal(3, data.At("persons", "nodes").GetArrayLength());
    }

    /// <summary>README, "Authentication and access": a provider's placements with their structures.</summary>
    [Fact]
    public async Task Readme_provider_example_lists_its_placements()
    {
        var personas = await PersonasAsync();

        var data = await Client(personas["provider-operator"].Token)
            .DataAsync("{ placements(first: 5) { totalCount nodes { status structure { name } person { lastName } } } }");

        Assert.True(data.At("placements", "totalCount").GetInt32() > 0);
        Assert.All(data.At("placements", "nodes").EnumerateArray(), node => Assert.Equal(JsonValueKind.String, node.At("structure", "name").ValueKind));
    }

    /// <summary>README: master data for the registry administrator.</summary>
    [Fact]
    public async Task Readme_registry_admin_example_counts_master_data()
    {
        var personas = await PersonasAsync();

        var data = await Client(personas["registry-admin"].Token)
            .DataAsync("{ municipalities(first: 1) { totalCount } zones(first: 1) { totalCount } persons(first: 1) { totalCount } }");

        Assert.Equal(0, data.At("persons", "totalCount").GetInt32());
        Assert.Equal(273, data.At("municipalities", "totalCount").GetInt32());
        Assert.Equal(28, data.At("zones", "totalCount").GetInt32());
    }

    /// <summary>Each persona as <c>personas</c> prints it: a line <c>role: description</c>, then its token.</summary>
    private async Task<Dictionary<string, (string Description, string Token)>> PersonasAsync()
    {
        var run = await CommandLineRun.RunAsync(Host.Services, "personas", "--hours", "1");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Select((line, i) => (line, i)).Where(x => x.i % 2 == 0)
            .ToDictionary(x => x.line.Split(':')[0], x => (x.line, lines[x.i + 1]));
    }

    private HttpClient Client(string token)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqlitePersonasCommandTests(HubApiFactory factory) : PersonasCommandTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresPersonasCommandTests(PostgresHubApiFactory factory) : PersonasCommandTests(factory);
