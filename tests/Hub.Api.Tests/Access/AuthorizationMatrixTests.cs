using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using static Hub.Api.Tests.Access.Outcome;

namespace Hub.Api.Tests.Access;

public enum Outcome
{
    /// <summary>The probed list or object has data.</summary>
    Rows,
    /// <summary>An empty list or null: the row scope lets nothing through.</summary>
    Empty,
    /// <summary>A field refused with FORBIDDEN at its path.</summary>
    Forbidden,
}

/// <summary>
/// DESIGN §4 as a table: every role against every root query, <c>node</c>/<c>nodes</c> and
/// representative nested paths. A root field without a row here fails
/// <see cref="AuthorizationSchemaTests"/>.
/// </summary>
public abstract class AuthorizationMatrixTests(HubApiHost host) : HubApiTest(host)
{
    /// <summary>A query and the path of the list or object whose outcome is judged.</summary>
    public sealed record Probe(string Name, string Query, string[] Path, Outcome[] ByRole);

    private static readonly Role[] Roles = Enum.GetValues<Role>();

    // Roles in the order of the enum:   planner    acot       social     comune     provider   analyst  registry auditor  child-prot foster  anti-violence
    public static readonly Probe[] Probes =
    [
        Row("healthAuthorities", "{ healthAuthorities(first: 1) { nodes { code } } }", "healthAuthorities.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("zones", "{ zones(first: 1) { nodes { code population } } }", "zones.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("municipalities", "{ municipalities(first: 1) { nodes { name zone { code } } } }", "municipalities.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("municipality", "{ municipality(istatCode: \"048017\") { name } }", "municipality", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("organizations", "{ organizations(first: 1) { nodes { name } } }", "organizations.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("staff", "{ staff(first: 1) { nodes { lastName contacts { email } } } }", "staff.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("structures", "{ structures(first: 1) { nodes { name freePlaces } } }", "structures.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("familyCenters", "{ familyCenters(first: 1) { nodes { name } } }", "familyCenters.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("services", "{ services(first: 1) { nodes { name } } }", "services.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        // Master data is open to all; its history (issue 15) to registry administrators and auditors, empty for the rest.
        Row("structures.history", "{ structures(first: 1) { nodes { history { field } } } }", "structures.nodes.0.history", Empty, Empty, Empty, Empty, Empty, Empty, Rows, Rows, Empty, Empty, Empty),
        Row("structures.where.closedOn", "{ structures(first: 1, where: { closedOn: { isNull: true } }) { nodes { closedOn } } }", "structures.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("persons", "{ persons(first: 5) { nodes { id } } }", "persons.nodes", Rows, Rows, Rows, Rows, Rows, Empty, Empty, Empty, Rows, Rows, Empty),
        Row("persons.firstName", "{ persons(first: 5) { nodes { firstName } } }", "persons.nodes", Rows, Rows, Rows, Rows, Rows, Empty, Empty, Empty, Rows, Rows, Empty),
        Row("persons.household", "{ persons(first: 20) { nodes { household { id } } } }", "persons.nodes", Forbidden, Rows, Rows, Rows, Forbidden, Empty, Empty, Empty, Rows, Rows, Empty),
        Row("households", "{ households(first: 5) { nodes { id } } }", "households.nodes", Rows, Rows, Rows, Rows, Rows, Empty, Empty, Empty, Rows, Rows, Empty),
        Row("households.iseeValue", "{ households(first: 5) { nodes { iseeValue } } }", "households.nodes", Forbidden, Rows, Rows, Rows, Forbidden, Empty, Empty, Empty, Rows, Rows, Empty),
        Row("households.members.person", "{ households(first: 5) { nodes { members { person { lastName } } } } }", "households.nodes", Forbidden, Rows, Rows, Rows, Forbidden, Empty, Empty, Empty, Rows, Rows, Empty),
        // A hospital reaches anyone it names by codice fiscale, never by browsing ids; a foster-care officer only minors (the probed person is of age).
        Row("person", "query($cf: String!) { person(fiscalCode: $cf) { lastName } }", "person", Rows, Rows, Rows, Rows, Empty, Empty, Empty, Empty, Rows, Empty, Empty),
        Row("person.guardian", "query($cf: String!) { person(fiscalCode: $cf) { guardian { id } } }", "person", Rows, Rows, Rows, Rows, Empty, Empty, Empty, Empty, Rows, Empty, Empty),
        Row("node", "query($person: ID!) { node(id: $person) { id } }", "node", Empty, Rows, Rows, Rows, Empty, Empty, Empty, Empty, Rows, Empty, Empty),
        Row("nodes", "query($person: ID!, $zone: ID!) { nodes(ids: [$zone, $person]) { id } }", "nodes.1", Empty, Rows, Rows, Rows, Empty, Empty, Empty, Empty, Rows, Empty, Empty),
        // Care records by role: territorial staff browse their zones, a comune its residents' cases and plans (no clinical detail),
        // a provider the placements in its structures; a hospital only its own requests and its patients' records (DESIGN §4:
        // a HEALTH summary, their placements; the demo patients of the chosen hospital have an assessment and no placement);
        // the rest see no care record. The foster-care officer sees the minors-and-families cases of its zone only: the callers' zone
        // has cases but none of that area in the test data, so its lists are empty where the social worker's are not.
        Row("careCases", "{ careCases(first: 5) { nodes { status } } }", "careCases.nodes", Forbidden, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Empty, Empty),
        // A hospital holds the HEALTH summary (care-need level, discharge needs), never assessment detail.
        Row("assessments", "{ assessments(first: 5) { nodes { careNeedLevel } } }", "assessments.nodes", Forbidden, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Forbidden, Forbidden),
        Row("carePlans", "{ carePlans(first: 5) { nodes { status } } }", "carePlans.nodes", Forbidden, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Empty, Empty),
        Row("placements", "{ placements(first: 5) { nodes { status structure { name } } } }", "placements.nodes", Empty, Rows, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Rows, Empty, Empty),
        Row("dischargeRequests", "{ dischargeRequests(first: 5) { nodes { status } } }", "dischargeRequests.nodes", Rows, Rows, Rows, Forbidden, Empty, Forbidden, Forbidden, Forbidden, Rows, Forbidden, Forbidden),
        Row("dischargeRequests.needs", "{ dischargeRequests(first: 5) { nodes { needs aids proposedSetting } } }", "dischargeRequests.nodes", Rows, Rows, Rows, Forbidden, Empty, Forbidden, Forbidden, Forbidden, Rows, Forbidden, Forbidden),
        // The module (a dementia unit says a diagnosis) and the care-need level are HEALTH_SUMMARY: not for a comune.
        Row("placements.careNeedLevel", "{ placements(first: 5) { nodes { careNeedLevel } } }", "placements.nodes", Empty, Rows, Rows, Forbidden, Rows, Forbidden, Forbidden, Forbidden, Rows, Empty, Empty),
        Row("placements.module", "{ placements(first: 5) { nodes { module { kind } } } }", "placements.nodes", Empty, Rows, Rows, Forbidden, Rows, Forbidden, Forbidden, Forbidden, Rows, Empty, Empty),
        // A condition or a sort key needs the clearance of its field (DESIGN §4), at any depth; refused before anything runs.
        Row("persons.where.household.iseeValue", "query($cf: String!) { persons(where: { identifier: { eq: $cf }, household: { iseeValue: { lt: 100000 } } }) { totalCount } }", "persons",
            Forbidden, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Rows, Rows),
        Row("persons.where.and.household", "{ persons(where: { and: [{ household: { members: { some: { relationship: { eq: HEAD } } } } }] }) { totalCount } }", "persons",
            Forbidden, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Rows, Rows),
        Row("persons.order.identifier", "{ persons(first: 1, order: [{ identifier: ASC }]) { edges { cursor } } }", "persons.edges",
            Rows, Rows, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Rows, Rows, Empty),
        Row("households.order.iseeExpiresOn", "{ households(first: 1, order: [{ iseeExpiresOn: ASC }]) { edges { cursor } } }", "households.edges",
            Forbidden, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Rows, Empty),
        Row("placements.where.priority", "{ placements(where: { priority: { lte: 5 } }) { totalCount } }", "placements",
            Forbidden, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Rows, Rows),
        Row("placements.where.careCase.area", "{ placements(where: { careCase: { area: { eq: NON_SELF_SUFFICIENCY } } }) { totalCount } }", "placements",
            Forbidden, Rows, Rows, Rows, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Rows, Rows),
        Row("placements.where.module", "{ placements(where: { module: { kind: { eq: COGNITIVE_BEHAVIOURAL } } }) { totalCount } }", "placements",
            Rows, Rows, Rows, Forbidden, Rows, Forbidden, Forbidden, Forbidden, Rows, Forbidden, Forbidden),
        // Access requests are SOCIAL: territorial staff and comuni read them (the demo data puts them at the zones' Punti Insieme,
        // so a comune's own desk has none; the rows each reaches are tested in SocialRecord/AccessRequestTests), the others are refused.
        Row("accessRequests", "{ accessRequests(first: 5) { nodes { status } } }", "accessRequests.nodes", Forbidden, Rows, Rows, Empty, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Empty, Empty),
        Row("overdueAccessRequests", "{ overdueAccessRequests(first: 5) { nodes { dueOn } } }", "overdueAccessRequests.nodes", Forbidden, Empty, Empty, Empty, Forbidden, Forbidden, Forbidden, Forbidden, Empty, Empty, Empty),
        // Answer times are SOCIAL like the requests; information contacts name no person (PUBLIC), each caller counting those within its reach.
        Row("accessRequestAnswerTimes", "{ accessRequestAnswerTimes(from: \"2000-01-01\", to: \"2100-12-31\") { received } }", "accessRequestAnswerTimes",
            Forbidden, Rows, Rows, Empty, Forbidden, Forbidden, Forbidden, Forbidden, Rows, Empty, Empty),
        Row("informationContactCounts", "{ informationContactCounts(from: \"2000-01-01\", to: \"2100-12-31\") { contacts } }", "informationContactCounts",
            Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty, Empty),
        // Court measures and their deadlines are JUDICIAL: child-protection workers only (the callers' zone has no minors case in the
        // test data, so their list is empty; the rows are tested in Minors/ChildProtectionTests).
        Row("overdueCourtReports", "{ overdueCourtReports(first: 5) { nodes { dueOn } } }", "overdueCourtReports.nodes",
            Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Empty, Forbidden, Forbidden),
        // The six-monthly list of the minors in communities: a provider for its communities, a child-protection worker for its zones' minors
        // (permission ListCommunityMinors); the demo data's few community stays are in the communities for minors, never the provider's
        // structure, and no minor of the callers' zone has one, so their lists are empty (rows tested in Families/).
        Row("communityMinors", "{ communityMinors(year: 2026, half: FIRST) { placements { id } } }", "communityMinors",
            Forbidden, Forbidden, Forbidden, Forbidden, Empty, Forbidden, Forbidden, Forbidden, Empty, Forbidden, Forbidden),
        // Referrals to family centres are SOCIAL, seen by the staff of the centre's zone; the figures name no one and are read like the planning figures
        // counted from persons (analysts every zone, territorial staff their own)
        // (the demo data's referrals are few and none is in the callers' zone, so the lists are empty; rows tested in Families/FamilyCenterReferralTests).
        Row("familyCenterReferrals", "{ familyCenterReferrals(first: 5) { nodes { service } } }", "familyCenterReferrals.nodes",
            Forbidden, Empty, Empty, Empty, Forbidden, Forbidden, Forbidden, Forbidden, Empty, Empty, Empty),
        Row("familyCenterUse", "{ familyCenterUse(from: \"2000-01-01\", to: \"2100-12-31\") { referrals suppressed } }", "familyCenterUse",
            Forbidden, Empty, Empty, Forbidden, Forbidden, Empty, Forbidden, Forbidden, Empty, Forbidden, Forbidden),
        // The foster registry (SOCIAL): only the foster-care officer and the child-protection worker of a zone reach its families, the other
        // holders of SOCIAL an empty registry; the demo data's foster families (a few per thousand persons) are none in the callers' zone, so both
        // see it empty here (FosterCareTests shows them reaching their zone's).
        Row("fosterFamilies", "{ fosterFamilies(first: 5) { nodes { status } } }", "fosterFamilies.nodes",
            Forbidden, Empty, Empty, Empty, Forbidden, Forbidden, Forbidden, Forbidden, Empty, Empty, Empty),
        // Figures about places and staff are open to every role: social workers need them to find a bed.
        Row("zoneOccupancy", "{ zoneOccupancy { occupiedPlaces } }", "zoneOccupancy", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("moduleOccupancy", "{ moduleOccupancy { occupiedPlaces } }", "moduleOccupancy", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("socialWorkerCoverage", "{ socialWorkerCoverage { socialWorkerFte } }", "socialWorkerCoverage", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        // Figures counted from persons: analysts over every zone, territorial staff over their own, nobody else.
        Row("waitingLists", "{ waitingLists { waiting suppressed } }", "waitingLists", Forbidden, Rows, Rows, Forbidden, Forbidden, Rows, Forbidden, Forbidden, Rows, Forbidden, Forbidden),
        Row("caseCounts", "{ caseCounts { count suppressed } }", "caseCounts", Forbidden, Rows, Rows, Forbidden, Forbidden, Rows, Forbidden, Forbidden, Rows, Forbidden, Forbidden),
        // The territorial callers' zone has no discharge ended yet: their list is empty, not refused.
        Row("dischargeLeadTimes", "{ dischargeLeadTimes { discharged suppressed } }", "dischargeLeadTimes", Forbidden, Empty, Empty, Forbidden, Forbidden, Rows, Forbidden, Forbidden, Empty, Forbidden, Forbidden),
        // Module changes are about master data, open to all; the scopes of the others are tested in Events/.
        Row("changes", "{ changes(first: 1, types: [FREE_PLACES_CHANGED]) { nodes { type } } }", "changes.nodes", Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows, Rows),
        Row("auditEvents", "{ auditEvents(first: 1) { nodes { subject } } }", "auditEvents.nodes", Empty, Empty, Empty, Empty, Empty, Empty, Empty, Rows, Empty, Empty, Empty),
        Row("personAuditTrail", "query($cf: String!) { personAuditTrail(fiscalCode: $cf, first: 1) { nodes { subject } } }", "personAuditTrail.nodes",
            Empty, Empty, Empty, Empty, Empty, Empty, Empty, Rows, Empty, Empty, Empty),
    ];

    public static TheoryData<string, Role> Cases()
    {
        var cases = new TheoryData<string, Role>();
        foreach (var probe in Probes)
            foreach (var role in Roles)
                cases.Add(probe.Name, role);
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Role_gets_the_outcome_of_the_matrix(string probeName, Role role)
    {
        var world = await AccessWorld.OfAsync(Host);
        var probe = Probes.Single(p => p.Name == probeName);
        // The person's data has been read at least once, so the trail has something to show.
        await Host.CreateClient().DataAsync("query($cf: String!) { person(fiscalCode: $cf) { lastName } }", new { cf = world.FiscalCode });

        // The GraphQL-over-HTTP media type, whose status codes tell a refused document (400) from an executed one.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = probe.Query, variables = new { cf = world.FiscalCode, person = world.PersonGlobalId, zone = world.ZoneId } }),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await Host.CreateClient(world.Callers[role]).SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        var outcome = Judge(body, probe.Path);
        // A condition or sort key refused at validation: nothing ran, and the response says so with 400.
        Assert.Equal(outcome == Forbidden && !body.TryGetProperty("data", out _) ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(probe.ByRole[Array.IndexOf(Roles, role)], outcome);
    }

    private static Outcome Judge(JsonElement body, string[] path)
    {
        if (body.TryGetProperty("errors", out var errors))
        {
            Assert.All(errors.EnumerateArray(), error => Assert.Equal("FORBIDDEN", error.At("extensions", "code").GetString()));
            return Forbidden;
        }
        var target = path.Aggregate(body.GetProperty("data"), (current, step) => int.TryParse(step, out var index) ? current[index] : current.GetProperty(step));
        return target.ValueKind switch
        {
            JsonValueKind.Null => Empty,
            JsonValueKind.Array => target.GetArrayLength() > 0 ? Rows : Empty,
            _ => Rows,
        };
    }

    private static Probe Row(string name, string query, string path, params Outcome[] byRole) => new(name, query, path.Split('.'), byRole);
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteAuthorizationMatrixTests(HubApiFactory factory) : AuthorizationMatrixTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresAuthorizationMatrixTests(PostgresHubApiFactory factory) : AuthorizationMatrixTests(factory);
