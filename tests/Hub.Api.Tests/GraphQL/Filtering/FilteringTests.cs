using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.GraphQL.Filtering;

/// <summary>
/// Each filter operator through the API against the same selection computed independently, in
/// memory, over the seeded data.
/// </summary>
public abstract class FilteringTests(HubApiHost factory) : HubApiTest(factory)
{
    /// <param name="SelectsNothing">The case is there to prove that nothing matches (e.g. no wildcards).</param>
    public sealed record FilterCase(string List, string Where, Func<SeededRegistry, IEnumerable<Entity>> Expected, bool SelectsNothing = false);

    private static readonly StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;

    private static readonly Dictionary<string, FilterCase> Cases = new()
    {
        ["text eq"] = new("persons", """{ lastName: { eq: "Rossetti" } }""", r => r.Persons.Where(p => p.LastName == "Rossetti")),
        ["text neq"] = new("persons", """{ lastName: { neq: "Rossetti" } }""", r => r.Persons.Where(p => p.LastName != "Rossetti")),
        ["text in"] = new("persons", """{ lastName: { in: ["Rossetti", "Rinaldi", "Basile"] } }""",
            r => r.Persons.Where(p => p.LastName is "Rossetti" or "Rinaldi" or "Basile")),
        ["text nin"] = new("persons", """{ lastName: { nin: ["Rossetti", "Rinaldi"] } }""", r => r.Persons.Where(p => p.LastName is not ("Rossetti" or "Rinaldi"))),
        ["name contains ignores case and accents"] = new("persons", """{ firstName: { contains: "AR" } }""", r => r.Persons.Where(p => Folded(p.FirstName).Contains("AR", StringComparison.Ordinal))),
        ["name startsWith ignores case and accents"] = new("municipalities", """{ name: { startsWith: "san" } }""", r => r.Municipalities.Where(m => Folded(m.Name).StartsWith("SAN", StringComparison.Ordinal))),
        ["name endsWith ignores case and accents"] = new("municipalities", """{ name: { endsWith: "NÒ" } }""", r => r.Municipalities.Where(m => Folded(m.Name).EndsWith("NO", StringComparison.Ordinal))),
        ["text contains ignores case"] = new("structures", """{ regionalCode: { contains: "rsa" } }""", r => r.Structures.Where(s => s.RegionalCode.Contains("rsa", IgnoreCase))),
        ["text wildcard characters match themselves"] = new("municipalities", """{ name: { contains: "%" } }""", r => r.Municipalities.Where(m => m.Name.Contains('%')), SelectsNothing: true),
        ["text on a nullable column"] = new("organizations", """{ taxCode: { startsWith: "0" } }""", r => r.Organizations.Where(o => o.TaxCode?.StartsWith('0') == true)),
        ["enum eq"] = new("persons", "{ sex: { eq: FEMALE } }", r => r.Persons.Where(p => p.Sex == Domain.People.Sex.Female)),
        ["enum neq"] = new("staff", "{ profession: { neq: SOCIAL_WORKER } }", r => r.Staff.Where(s => s.Profession != Domain.Organizations.Profession.SocialWorker)),
        ["enum in"] = new("structures", "{ kind: { in: [RSA, DAY_CENTER] } }",
            r => r.Structures.Where(s => s.Kind is Domain.Structures.StructureKind.Rsa or Domain.Structures.StructureKind.DayCenter)),
        ["enum nin"] = new("organizations", "{ kind: { nin: [PROVIDER, HOSPITAL] } }",
            r => r.Organizations.Where(o => o.Kind is not (Domain.Organizations.OrganizationKind.Provider or Domain.Organizations.OrganizationKind.Hospital))),
        ["boolean eq"] = new("services", "{ isLeps: { eq: true } }", r => r.Services.Where(s => s.IsLeps)),
        ["int gt"] = new("municipalities", "{ population: { gt: 50000 } }", r => r.Municipalities.Where(m => m.Population > 50000)),
        ["int lt"] = new("municipalities", "{ population: { lt: 1000 } }", r => r.Municipalities.Where(m => m.Population < 1000)),
        ["int gte and lte"] = new("municipalities", "{ population: { gte: 1000, lte: 2000 } }", r => r.Municipalities.Where(m => m.Population is >= 1000 and <= 2000)),
        ["nullable int in"] = new("services", "{ maximumWaitDays: { in: [30, 60] } }", r => r.Services.Where(s => s.MaximumWaitDays is 30 or 60)),
        ["nullable int lte"] = new("services", "{ maximumWaitDays: { lte: 30 } }", r => r.Services.Where(s => s.MaximumWaitDays <= 30)),
        ["decimal gte"] = new("staff", "{ weeklyHours: { gte: 36 } }", r => r.Staff.Where(s => s.WeeklyHours >= 36)),
        ["nullable decimal lt"] = new("households", "{ iseeValue: { lt: 15000 } }", r => r.Households.Where(h => h.IseeValue < 15000)),
        ["date range"] = new("persons", """{ birthDate: { gte: "1940-01-01", lt: "1950-01-01" } }""",
            r => r.Persons.Where(p => p.BirthDate >= new DateOnly(1940, 1, 1) && p.BirthDate < new DateOnly(1950, 1, 1))),
        ["date eq"] = new("persons", """{ birthDate: { eq: "2026-10-23" } }""", r => r.Persons.Where(p => p.BirthDate == new DateOnly(2026, 10, 23))),
        ["nullable date"] = new("households", """{ iseeExpiresOn: { lte: "2026-12-31" } }""", r => r.Households.Where(h => h.IseeExpiresOn <= new DateOnly(2026, 12, 31))),
        ["and"] = new("persons", """{ and: [{ sex: { eq: MALE } }, { birthDate: { lt: "1960-01-01" } }] }""",
            r => r.Persons.Where(p => p.Sex == Domain.People.Sex.Male && p.BirthDate < new DateOnly(1960, 1, 1))),
        ["or"] = new("persons", """{ or: [{ lastName: { eq: "Rossi" } }, { firstName: { startsWith: "g" } }] }""",
            r => r.Persons.Where(p => p.LastName == "Rossi" || Folded(p.FirstName).StartsWith('G'))),
        ["not"] = new("persons", "{ not: { sex: { eq: MALE } } }", r => r.Persons.Where(p => p.Sex != Domain.People.Sex.Male)),
        ["nested object three levels down"] = new("persons", """{ residence: { municipality: { zone: { code: { eq: "CE-FIR" } } } } }""",
            r => r.Persons.Where(p => r.ZoneOf(p.Residence.MunicipalityId).Code == "CE-FIR")),
        ["nested object to the authority"] = new("municipalities", """{ zone: { healthAuthority: { code: { eq: "SE" } } } }""",
            r => r.Municipalities.Where(m => r.AuthorityOf(r.ZoneOf(m.Id)).Code == "SE")),
        ["owned object and its province"] = new("familyCenters", """{ address: { municipality: { province: { in: ["AR", "PI"] } } } }""",
            r => r.FamilyCenters.Where(c => r.Municipality(c.Address.MunicipalityId).Province.Abbreviation is "AR" or "PI")),
        ["reference"] = new("structures", "{ operator: { kind: { eq: HEALTH_SOCIETY } } }",
            r => r.Structures.Where(s => r.Organization(s.OperatorOrganizationId).Kind == Domain.Organizations.OrganizationKind.HealthSociety)),
        ["household of a person"] = new("persons", "{ household: { iseeValue: { lt: 20000 } } }", r => r.Persons.Where(p => r.HouseholdOf(p)?.IseeValue < 20000)),
        ["list some"] = new("structures", "{ modules: { some: { freePlaces: { gt: 2 } } } }",
            r => r.Structures.Where(s => r.ModulesOf(s).Any(m => m.ContractedPlaces - m.OccupiedPlaces > 2))),
        ["list all"] = new("zones", "{ municipalities: { all: { population: { gt: 3000 } } } }",
            r => r.Zones.Where(z => r.MunicipalitiesOf(z).All(m => m.Population > 3000))),
        ["list none"] = new("households", "{ members: { none: { relationship: { eq: CHILD } } } }",
            r => r.Households.Where(h => h.Members.All(m => m.Relationship != Domain.People.Relationship.Child))),
        ["list some through a relation"] = new("households", """{ members: { some: { person: { sex: { eq: FEMALE }, birthDate: { lt: "1950-01-01" } } } } }""",
            r => r.Households.Where(h => h.Members.Select(m => r.Person(m.PersonId)).Any(p => p.Sex == Domain.People.Sex.Female && p.BirthDate < new DateOnly(1950, 1, 1)))),
        ["many-to-many list"] = new("staff", """{ zones: { some: { code: { eq: "CE-FIR" } } } }""", r => r.Staff.Where(s => s.Zones.Any(z => z.Code == "CE-FIR"))),
        ["combination"] = new("structures",
            """{ kind: { eq: RSA }, address: { municipality: { zone: { healthAuthority: { code: { eq: "CE" } } } } }, or: [{ name: { contains: "villa" } }, { modules: { some: { kind: { eq: COGNITIVE_BEHAVIOURAL } } } }] }""",
            r => r.Structures.Where(s => s.Kind == Domain.Structures.StructureKind.Rsa
                && r.AuthorityOf(r.ZoneOf(s.Address.MunicipalityId)).Code == "CE"
                && (Folded(s.Name).Contains("VILLA", StringComparison.Ordinal) || r.ModulesOf(s).Any(m => m.Kind == Domain.Structures.ModuleKind.CognitiveBehavioural)))),
    };

    private static string Folded(string name) => SearchKey.Fold(name)!;

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Filter_returns_what_the_same_selection_over_the_seeded_data_returns(string name)
    {
        var (list, where, expected, selectsNothing) = Cases[name];
        var registry = await SeededRegistry.LoadAsync(Host.Services);
        var wanted = expected(registry).Select(e => e.Id).ToHashSet();
        var client = Host.CreateClient();
        var everything = (await client.DataAsync($"{{ {list} {{ totalCount }} }}")).At(list, "totalCount").GetInt32();

        var (ids, totalCount) = await AllIdsAsync(client, list, where, order: null, pageSize: 100);

        // The seeded data must make the case telling: some rows match and some do not.
        Assert.True(selectsNothing ? wanted.Count == 0 : wanted.Count > 0, $"{wanted.Count} of {everything} rows match");
        Assert.True(wanted.Count < everything, $"{wanted.Count} of {everything} rows match");
        Assert.Equal(wanted.Count, totalCount);
        Assert.Equal(wanted.Count, ids.Count);
        Assert.Equal(wanted.Order(), ids.Order());
    }

    [Fact]
    public async Task Filter_by_global_id_takes_only_ids_of_its_own_type()
    {
        var registry = await SeededRegistry.LoadAsync(Host.Services);
        var wanted = registry.Zones.Take(3).ToList();
        var ids = string.Join(", ", wanted.Select(z => $"\"{GlobalId.Encode("Zone", z.Id)}\""));
        var client = Host.CreateClient();

        var (found, _) = await AllIdsAsync(client, "zones", $"{{ id: {{ in: [{ids}] }} }}", order: null, pageSize: 100);
        var wrongType = await client.QueryAsync($$"""{ zones(where: { id: { eq: "{{GlobalId.Encode("Municipality", wanted[0].Id)}}" } }) { totalCount } }""");

        Assert.Equal(wanted.Select(z => z.Id).Order(), found.Order());
        Assert.Contains("is not the id of a Zone", wrongType.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task Filtered_and_sorted_pages_visit_every_match_once()
    {
        var registry = await SeededRegistry.LoadAsync(Host.Services);
        var wanted = registry.Persons.Where(p => p.Sex == Domain.People.Sex.Female).ToList();

        var (ids, _) = await AllIdsAsync(Host.CreateClient(), "persons", "{ sex: { eq: FEMALE } }", "[{ birthDate: ASC }]", pageSize: 7);

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(wanted.Select(p => p.Id).Order(), ids.Order());
        var birthDates = ids.Select(id => registry.Person(id).BirthDate).ToList();
        Assert.Equal(birthDates.Order(), birthDates);
    }

    [Fact]
    public async Task A_zones_residents_paged_by_surname_visit_every_resident_once_in_surname_order()
    {
        // On PostgreSQL a page of them is read comune by comune (PagePartition): it must be the same page of the whole list.
        var registry = await SeededRegistry.LoadAsync(Host.Services);
        var wanted = registry.Persons.Where(p => registry.ZoneOf(p.Residence.MunicipalityId).Code == "CE-FIR").ToList();

        var (ids, total) = await AllIdsAsync(Host.CreateClient(), "persons", """{ residence: { municipality: { zone: { code: { eq: "CE-FIR" } } } } }""",
            "[{ lastName: ASC }]", pageSize: 5);

        Assert.True(wanted.Count > 10, $"{wanted.Count} residents: too few for three pages");
        Assert.Equal(wanted.Count, total);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(wanted.Select(p => p.Id).Order(), ids.Order());
        var surnames = ids.Select(id => Folded(registry.Person(id).LastName)).ToList();
        Assert.Equal(surnames.Order(StringComparer.Ordinal), surnames);
    }

    [Fact]
    public async Task Unknown_filter_fields_and_operators_are_refused_before_anything_runs()
    {
        var client = Host.CreateClient();
        Host.Statements.Reset();

        var unknownField = await client.QueryAsync("""{ persons(where: { fullName: { eq: "Mario Rossi" } }) { totalCount } }""");
        var unknownOperator = await client.QueryAsync("""{ persons(where: { lastName: { like: "Ro%" } }) { totalCount } }""");

        Assert.Contains("fullName", unknownField.At("errors")[0].At("message").GetString());
        Assert.Contains("like", unknownOperator.At("errors")[0].At("message").GetString());
        Assert.False(unknownField.TryGetProperty("data", out _));
        Assert.Equal(0, Host.Statements.Count);
    }

    /// <summary>Pages through a list and returns every id and the first page's totalCount.</summary>
    internal static async Task<(List<Guid> Ids, int TotalCount)> AllIdsAsync(HttpClient client, string list, string where, string? order, int pageSize)
    {
        // An empty condition is refused (INVALID_FILTER): "every object" is the list without where:.
        var arguments = string.Concat(where == "{}" ? "" : $", where: {where}", order is null ? "" : $", order: {order}");
        var ids = new List<Guid>();
        int? total = null;
        string? after = null;
        bool more;
        do
        {
            var page = (await client.DataAsync($$"""
                query($after: String) { {{list}}(first: {{pageSize}}, after: $after{{arguments}}) {
                  totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
                """, new { after })).At(list);
            total ??= page.At("totalCount").GetInt32();
            ids.AddRange(page.At("nodes").EnumerateArray().Select(node => Decode(node.At("id"))));
            more = page.At("pageInfo", "hasNextPage").GetBoolean();
            after = page.At("pageInfo", "endCursor").GetString();
        } while (more);
        return (ids, total.Value);
    }

    private static Guid Decode(JsonElement id) =>
        GlobalId.TryDecode(id.GetString(), out _, out var key) ? key : throw new InvalidOperationException($"Not a global id: {id}");
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteFilteringTests(HubApiFactory factory) : FilteringTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresFilteringTests(PostgresHubApiFactory factory) : FilteringTests(factory);
