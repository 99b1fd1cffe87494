using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Access;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Access;

/// <summary>DESIGN §4, layer 1: /graphql answers only callers with a valid token whose claims make sense; the IDE and health stay open.</summary>
public abstract class AuthenticationTests(HubApiHost host) : HubApiTest(host)
{
    private const string Query = "{ zones(first: 1) { totalCount } }";

    [Fact]
    public async Task Request_without_token_gets_401_with_a_graphql_error_and_a_bearer_challenge()
    {
        using var response = await SendAsync(authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("UNAUTHENTICATED", await FirstErrorCodeAsync(response));
    }

    public static TheoryData<string, string> BadTokens() => new()
    {
        { "expired", "has expired" },
        { "wrong signature", "signature does not verify" },
        { "wrong audience", "another audience" },
        { "wrong issuer", "issuer the hub does not trust" },
        { "alg none", "signature does not verify" },
        { "crit header", "'crit' header" },
        { "lifetime beyond the maximum", "lives longer than the hub accepts" },
        { "garbage", "not a valid signed JWT" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Bad_token_gets_401_saying_why(string kind, string reason)
    {
        var token = kind switch
        {
            "expired" => TokenForge.Expired(),
            "wrong signature" => TokenForge.WrongKey(),
            "wrong audience" => TokenForge.WrongAudience(),
            "wrong issuer" => TokenForge.WrongIssuer(),
            "alg none" => TokenForge.Unsigned(),
            "crit header" => TokenForge.Critical(),
            "lifetime beyond the maximum" => TokenForge.LongLived(),
            _ => "not.a.token",
        };

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().Parameter, StringComparison.Ordinal);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).At("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.At("extensions", "code").GetString());
        Assert.Contains(reason, error.At("message").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, object?, string> BadClaims() => new()
    {
        { "no sub", "sub", null, "no 'sub' claim" },
        { "no roles", "roles", null, "no 'roles' claim" },
        { "unknown role", "roles", new[] { "superuser" }, "Unknown role 'superuser'" },
        { "org not an id", "org", "ASL Toscana", "must be the organisation's id" },
        { "unknown org kind", "org_kind", "CHURCH", "'org_kind' claim must be one of" },
        { "role of another kind of organisation", "roles", new[] { "discharge-planner" }, "cannot be held by an organisation of kind REGION" },
        { "zone role without zones", "roles", new[] { "social-worker" }, "cannot be held" },
        { "structures without provider role", "structures", new[] { "RSA-1" }, "provider-operator callers only" },
        { "zones on a role that serves none", "zones", new[] { "CE-FIR" }, "'zones' claim belongs to acot, social-worker, child-protection-worker, foster-care-officer" },
        { "staff not an id", "staff", "Marta Guidi", "'staff' claim must be the caller's StaffMember id" },
        { "staff on a role that has none", "staff", Guid.NewGuid().ToString(), "'staff' claim belongs to acot, social-worker, child-protection-worker, foster-care-officer" },
    };

    [Theory]
    [MemberData(nameof(BadClaims))]
    public async Task Token_with_missing_or_contradictory_claims_gets_403_saying_which(string kind, string claim, object? value, string message)
    {
        _ = kind;
        var claims = TokenForge.Claims();
        if (value is null)
            claims.Remove(claim);
        else
            claims[claim] = value;

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", TokenForge.Signed(claims)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).At("errors")[0];
        Assert.Equal("FORBIDDEN", error.At("extensions", "code").GetString());
        Assert.Contains(message, error.At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Social_worker_without_zones_gets_403()
    {
        var claims = TokenForge.Claims();
        claims["org_kind"] = "HEALTH_AUTHORITY";
        claims["roles"] = new[] { "social-worker" };

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", TokenForge.Signed(claims)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).At("errors")[0].At("message").GetString();
        Assert.Contains("need the 'zones' claim", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditor_together_with_a_role_that_works_on_persons_records_gets_403()
    {
        // Red team 35, F5b: a hospital's discharge planner who was its auditor too read the regional trail.
        var claims = TokenForge.Claims();
        claims["org_kind"] = "HOSPITAL";
        claims["roles"] = new[] { "discharge-planner", "auditor" };

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", TokenForge.Signed(claims)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).At("errors")[0].At("message").GetString();
        Assert.Contains("Role 'auditor' cannot be combined with role 'discharge-planner'", message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ClaimsAgainstTheRegistry() => new()
    {
        { "nil organisation", "'org' claim names organisation 00000000" },
        { "hospital claiming to be the Region", "'org_kind' claim says REGION" },
        { "social worker of another Azienda's zone", "'zones' claim names" },
        { "operator of another provider's structure", "'structures' claim names" },
        { "social worker naming another organisation's staff member", "'staff' claim names" },
    };

    [Theory]
    [MemberData(nameof(ClaimsAgainstTheRegistry))]
    public async Task Claims_the_registry_contradicts_get_403_naming_the_claim(string kind, string message)
    {
        var world = await AccessWorld.OfAsync(Host);
        var claims = await RegistryClaimsAsync(world, kind);

        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", Host.Token(claims)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).At("errors")[0];
        Assert.Equal("FORBIDDEN", error.At("extensions", "code").GetString());
        Assert.Contains(message, error.At("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callers_of_real_organisations_with_their_own_zones_and_structures_are_accepted()
    {
        var world = await AccessWorld.OfAsync(Host);

        foreach (var role in Enum.GetValues<Role>())
        {
            using var response = await Host.CreateClient(world.Callers[role]).PostAsJsonAsync("/graphql", new { query = Query });
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Claims that pass every check of their own but that the seeded registry contradicts.</summary>
    private async Task<CallerClaimSet> RegistryClaimsAsync(AccessWorld world, string kind)
    {
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var worker = world.Callers[Role.SocialWorker];
        var provider = world.Callers[Role.ProviderOperator];
        var hospital = world.Callers[Role.DischargePlanner].Organization;
        return kind switch
        {
            "nil organisation" => new("x", Guid.Empty.ToString(), "REGION", ["registry-admin"]),
            "hospital claiming to be the Region" => new("x", hospital, "REGION", ["registry-admin"]),
            "social worker of another Azienda's zone" => worker with
            {
                Zones = [await db.Zones.Where(z => z.HealthAuthorityId != db.Organizations.Single(o => o.Id == Guid.Parse(worker.Organization)).HealthAuthorityId)
                    .Select(z => z.Code).FirstAsync()],
            },
            "social worker naming another organisation's staff member" => worker with
            {
                Staff = (await db.StaffMembers.Where(s => s.OrganizationId != Guid.Parse(worker.Organization)).Select(s => s.Id).FirstAsync()).ToString(),
            },
            _ => provider with
            {
                Structures = [await db.Structures.Where(s => s.OperatorOrganizationId != Guid.Parse(provider.Organization)).Select(s => s.RegionalCode).FirstAsync()],
            },
        };
    }

    [Fact]
    public async Task Introspection_needs_a_token()
    {
        const string introspection = "{ __schema { queryType { name } } }";
        var anonymous = Host.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        using var refused = await anonymous.PostAsJsonAsync("/graphql", new { query = introspection });
        var allowed = await Host.CreateClient(TestCallers.Analyst).DataAsync(introspection);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Query", allowed.At("__schema", "queryType", "name").GetString());
    }

    [Theory]
    [InlineData("/graphql", "text/html")]
    [InlineData("/graphql/bcp-config.json", "*/*")]
    [InlineData("/graphql/ide/LICENSE", "*/*")]
    [InlineData("/health", "*/*")]
    [InlineData("/health/ready", "*/*")]
    public async Task Ide_and_health_need_no_token(string path, string accept)
    {
        var anonymous = Host.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Valid_development_token_is_accepted()
    {
        using var response = await SendAsync(new AuthenticationHeaderValue("Bearer", Host.Token(TestCallers.RegistryAdmin)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(AuthenticationHeaderValue? authorization)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = authorization;
        return await client.PostAsJsonAsync("/graphql", new { query = Query });
    }

    private static async Task<string?> FirstErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).At("errors")[0].At("extensions", "code").GetString();
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteAuthenticationTests(HubApiFactory factory) : AuthenticationTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresAuthenticationTests(PostgresHubApiFactory factory) : AuthenticationTests(factory);
