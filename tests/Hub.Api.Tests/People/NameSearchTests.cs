using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.People;

/// <summary>
/// Issue 12 §2: names are found however they are typed — case, accents, an accent typed as a
/// combining mark — and ordered the Italian way, the same on every database.
/// </summary>
public abstract class NameSearchTests(HubApiHost host) : HubApiTest(host)
{
    // Every person of these tests has this first name, so queries leave the seeded persons out.
    private const string Marker = "Zelinda";

    private const string Decomposed = "Nicolo\u0300";

    // Names compared with every character beyond ASCII spelled out, so a failure shows which form came back.
    private static List<string> Names(params string[] names) => names.Select(Escaped).ToList();

    private static string Escaped(string name) => string.Concat(name.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:x4}"));

    private static readonly string[] Surnames = ["NICOLÒ", "Nicolò", Decomposed, "Nicolosi", "Negri", "PERÒTTI", "D'Angelo"];

    [Fact]
    public async Task Contains_nicolò_finds_every_way_of_writing_it()
    {
        await ArrangeAsync();

        var composed = await SurnamesAsync("""{ lastName: { contains: "nicolò" } }""");
        var typedDecomposed = await SurnamesAsync("{ lastName: { contains: \"nicolo\u0300\" } }");

        Assert.Equal(Names("NICOLÒ", Decomposed, "Nicolò", "Nicolosi"), composed);
        Assert.Equal(composed, typedDecomposed);
    }

    [Fact]
    public async Task Contains_perotti_finds_PERÒTTI()
    {
        await ArrangeAsync();

        Assert.Equal(Names("PERÒTTI"), await SurnamesAsync("""{ lastName: { contains: "perotti" } }"""));
    }

    [Fact]
    public async Task StartsWith_and_endsWith_ignore_case_accents_and_apostrophes()
    {
        await ArrangeAsync();

        Assert.Equal(Names("D'Angelo"), await SurnamesAsync("""{ lastName: { startsWith: "d’ang" } }"""));
        Assert.Equal(Names("D'Angelo"), await SurnamesAsync("""{ lastName: { startsWith: "dang" } }"""));
        Assert.Equal(Names("D'Angelo", "NICOLÒ", Decomposed, "Nicolò"), await SurnamesAsync("""{ lastName: { endsWith: "LO`" } }""".Replace("`", "\u0300")));
    }

    [Fact]
    public async Task Surnames_sort_alphabetically_whatever_their_case_and_accents()
    {
        await ArrangeAsync();

        var ascending = await SurnamesAsync("{}", "[{ lastName: ASC }]");
        var descending = await SurnamesAsync("{}", "[{ lastName: DESC }]");

        // Negri before NICOLÒ (byte order of the raw text puts every upper-case name first); equal
        // keys in code-point order of the name as stored.
        Assert.Equal(Names("D'Angelo", "Negri", "NICOLÒ", Decomposed, "Nicolò", "Nicolosi", "PERÒTTI"), ascending);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
    }

    [Fact]
    public async Task Pages_of_surnames_follow_the_same_order_as_one_page()
    {
        await ArrangeAsync();
        var client = Host.CreateClient();
        var whole = await SurnamesAsync("{}", "[{ lastName: ASC }]");

        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.DataAsync($$"""
                query($after: String) { persons(first: 2, after: $after, where: { firstName: { eq: "{{Marker}}" } }, order: [{ lastName: ASC }]) {
                  pageInfo { hasNextPage endCursor } nodes { lastName } } }
                """, new { after })).At("persons");
            paged.AddRange(page.At("nodes").EnumerateArray().Select(n => Escaped(n.At("lastName").GetString()!)));
            after = page.At("pageInfo", "hasNextPage").GetBoolean() ? page.At("pageInfo", "endCursor").GetString() : null;
        } while (after is not null);

        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task Keys_missing_after_the_migration_are_filled_from_the_names()
    {
        await ArrangeAsync();
        await using (var scope = Host.SystemScope())
        {
            var db = Host.SystemContext(scope);
            await db.Persons.IgnoreQueryFilters().Where(p => p.FirstName == Marker)
                .ExecuteUpdateAsync(s => s.SetProperty(p => EF.Property<string?>(p, SearchKeys.KeyOf(nameof(Person.LastName))), (string?)null));

            await SearchKeys.FillMissingAsync(db);
        }

        Assert.Equal(Names("NICOLÒ", Decomposed, "Nicolò", "Nicolosi"), await SurnamesAsync("""{ lastName: { contains: "nicolò" } }"""));
    }

    [Fact]
    public async Task A_name_registered_decomposed_is_stored_composed()
    {
        var world = await CareWorld.CreateAsync(Host);
        var birth = new DateOnly(1951, 3, 9);
        var code = FiscalCode.Compose("Nicolo", "Zelindo", Sex.Female, birth, "D612").Value;

        await world.SocialWorker.Succeed("registerPerson", "RegisterPersonInput", new
        {
            fiscalCode = code, firstName = "Zelindo", lastName = Decomposed, sex = "FEMALE", birthDate = "1951-03-09", birthPlaceCode = "D612",
            residence = new { municipalityId = world.MunicipalityId },
        }, "person");

        Assert.Equal("Nicol\u00f2", await world.Read(db => db.Persons.Where(p => p.Identifier == code).Select(p => p.LastName).SingleAsync()));
    }

    [Fact]
    public async Task A_control_character_in_a_name_is_refused()
    {
        var body = await Host.CreateClient().QueryAsync("query($name: String!) { persons(where: { lastName: { eq: $name } }) { totalCount } }", new { name = "Ros\u0007si" });

        Assert.Contains("control character (\\u0007)", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_surname_prefix_reads_the_surname_index()
    {
        var client = Host.CreateClient();
        Host.Statements.Reset();

        await client.DataAsync("""{ persons(first: 10, where: { lastName: { startsWith: "nic" } }) { nodes { lastName } } }""");

        var statement = Host.Statements.Sent.Single(s => s.Text.Contains("FROM \"Persons\"", StringComparison.Ordinal) && s.Text.Contains("LastNameKey\" >=", StringComparison.Ordinal));
        var plan = await ExplainAsync(statement);
        Assert.True(plan.Contains("IX_Persons_LastNameKey", StringComparison.Ordinal), plan);
    }

    /// <summary>The database's plan for a statement the hub sent, with the parameters it sent.</summary>
    protected abstract Task<string> ExplainAsync(SentStatement statement);

    private async Task<List<string>> SurnamesAsync(string where, string? order = null)
    {
        var condition = where == "{}" ? $$"""{ firstName: { eq: "{{Marker}}" } }""" : $$"""{ firstName: { eq: "{{Marker}}" }, {{where.Trim().TrimStart('{').TrimEnd('}')}} }""";
        var orderBy = order ?? "[{ lastName: ASC }]";
        var data = await Host.CreateClient().DataAsync($"{{ persons(first: 50, where: {condition}, order: {orderBy}) {{ nodes {{ lastName }} }} }}");
        return data.At("persons", "nodes").EnumerateArray().Select(n => Escaped(n.At("lastName").GetString()!)).ToList();
    }

    // The surnames as another system might have written them: straight into the database, one
    // of them decomposed (input through the API is composed first).
    private async Task ArrangeAsync()
    {
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        if (await db.Persons.AnyAsync(p => p.FirstName == Marker))
            return;
        var comune = await db.Municipalities.Where(m => m.CadastralCode == "D612").Select(m => m.Id).FirstAsync();
        for (var i = 0; i < Surnames.Length; i++)
        {
            var birth = new DateOnly(1940, 1, 1).AddDays(i);
            var code = FiscalCode.Compose(SearchKey.Fold(Surnames[i])!, Marker, Sex.Female, birth, "D612").Value;
            db.Persons.Add(new Person(PersonIdentifier.Parse(code), new PersonName(Marker, Surnames[i]), Sex.Female, birth, "D612", new Address(comune, null, null), DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        await db.SaveChangesAsync();
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteNameSearchTests(HubApiFactory factory) : NameSearchTests(factory)
{
    protected override Task<string> ExplainAsync(SentStatement statement) => StatementPlans.SqliteAsync(Host, statement);
}

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresNameSearchTests(PostgresHubApiFactory factory) : NameSearchTests(factory)
{
    protected override Task<string> ExplainAsync(SentStatement statement) => StatementPlans.PostgresAsync(Host, statement);
}
