using System.Net;
using System.Text.Json;
using Hub.Client.Tests.Operations;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Client.Tests.Runtime.ScriptedHub;

namespace Hub.Client.Tests.Runtime;

/// <summary>What the runtime sends and how it reads answers, retries and refusals.</summary>
public sealed class HubClientTests
{
    private const string Patient = """{"data":{"person":{"id":"UGVyc29uOjE=","firstName":"Anna","lastName":"Rossi","birthDate":"1941-03-09","updatedAt":"2026-11-01T09:30:00+01:00","activeCarePlan":null}}}""";
    private const string Unavailable = """{"errors":[{"message":"The database is unavailable for the moment","extensions":{"code":"DATABASE_UNAVAILABLE"}}]}""";
    private const string Admitted = """{"data":{"admitPlacement":{"placement":{"status":"ADMITTED","admittedOn":"2026-11-02","module":{"freePlaces":0}},"errors":[]}}}""";

    [Fact]
    public async Task A_query_is_posted_with_its_document_variables_token_and_media_types()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.OK, Patient));

        var result = await hub.Client().FindPatientAsync("RSSNNA41C49D612X");

        var (request, body) = Assert.Single(hub.Received);
        Assert.Equal(("Bearer", "token-1"), (request.Headers.Authorization!.Scheme, request.Headers.Authorization.Parameter));
        Assert.Equal(["application/graphql-response+json", "application/json"], request.Headers.Accept.Select(a => a.MediaType));
        using var json = JsonDocument.Parse(body);
        Assert.Equal(FindPatientQuery.Document.Text, json.RootElement.GetProperty("query").GetString());
        Assert.Equal("RSSNNA41C49D612X", json.RootElement.GetProperty("variables").GetProperty("fiscalCode").GetString());
        var person = result.EnsureData().Person!;
        Assert.Equal((new GlobalId("UGVyc29uOjE="), new DateOnly(1941, 3, 9), new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.FromHours(1))),
            (person.Id, person.BirthDate, person.UpdatedAt));
    }

    [Fact]
    public async Task A_query_is_retried_after_a_transient_refusal()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.ServiceUnavailable, Unavailable), () => Json(HttpStatusCode.OK, Patient));

        var result = await hub.Client().FindPatientAsync("RSSNNA41C49D612X");

        Assert.True(result.IsSuccess);
        Assert.Equal(2, hub.Received.Count);
    }

    [Fact]
    public async Task A_keyed_mutation_is_retried_with_the_same_idempotency_key()
    {
        var hub = new ScriptedHub(() => throw new HttpRequestException("connection reset"), () => Json(HttpStatusCode.OK, Admitted));

        var result = await hub.Client().AdmitPlacementAsync(new AdmitPlacementInput { PlacementId = new GlobalId("UGxhY2VtZW50OjE=") });

        Assert.Equal(PlacementStatus.Admitted, result.EnsureData().AdmitPlacement.Placement!.Status);
        Assert.Equal(2, hub.Received.Count);
        var keys = hub.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("variables").GetProperty("input").GetProperty("idempotencyKey").GetString()).ToList();
        Assert.Equal(keys[0], keys[1]);
        Assert.False(string.IsNullOrEmpty(keys[0]));
    }

    [Fact]
    public async Task Each_call_of_a_keyed_mutation_gets_a_key_of_its_own()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.OK, Admitted));
        var client = hub.Client();
        var input = new AdmitPlacementInput { PlacementId = new GlobalId("UGxhY2VtZW50OjE=") };

        await client.AdmitPlacementAsync(input);
        await client.AdmitPlacementAsync(input);

        var keys = hub.Received.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("variables").GetProperty("input").GetProperty("idempotencyKey").GetString()).ToList();
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Fact]
    public async Task A_mutation_without_an_idempotency_key_is_never_resent()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.ServiceUnavailable, Unavailable));

        var result = await hub.Client().ConfirmPlacementAsync(new GlobalId("UGxhY2VtZW50OjE="));

        Assert.Single(hub.Received);
        Assert.Equal((503, "DATABASE_UNAVAILABLE"), (result.StatusCode, Assert.Single(result.Errors).Code));
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task Domain_refusals_are_typed_data_and_graphql_errors_stay_apart()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.OK, """
            {"data":{"admitPlacement":{"placement":null,"errors":[{"__typename":"CapacityExceededError","message":"No free place","moduleId":"TW9kdWxlOjE=","contractedPlaces":3}]}},
             "errors":[{"message":"Field not allowed","path":["admitPlacement","placement","person"],"extensions":{"code":"FORBIDDEN"}}]}
            """));

        var result = await hub.Client().AdmitPlacementAsync(new AdmitPlacementInput { PlacementId = new GlobalId("UGxhY2VtZW50OjE=") });

        var full = Assert.IsType<AdmitPlacementMutation.AdmitPlacementErrorsCapacityExceededError>(Assert.Single(result.Data!.AdmitPlacement.Errors));
        Assert.Equal((new GlobalId("TW9kdWxlOjE="), 3), (full.ModuleId, full.ContractedPlaces));
        Assert.Equal(new GraphQLError("Field not allowed", "FORBIDDEN", ["admitPlacement", "placement", "person"]), Assert.Single(result.Errors), new ErrorComparer());
    }

    [Fact]
    public async Task An_error_type_the_document_does_not_name_is_read_as_the_catch_all_record()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.OK, """{"data":{"admitPlacement":{"placement":null,"errors":[{"__typename":"ForbiddenError","message":"Not your structure"}]}}}"""));

        var result = await hub.Client().AdmitPlacementAsync(new AdmitPlacementInput { PlacementId = new GlobalId("UGxhY2VtZW50OjE=") });

        var other = Assert.IsType<AdmitPlacementMutation.AdmitPlacementErrorsOther>(Assert.Single(result.Data!.AdmitPlacement.Errors));
        Assert.Equal(("ForbiddenError", "Not your structure"), (other.Typename, other.Message));
    }

    [Fact]
    public async Task A_response_that_is_not_graphql_becomes_an_http_error()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html"));

        var result = await hub.Client().ConfirmPlacementAsync(new GlobalId("UGxhY2VtZW50OjE="));

        Assert.Equal("HTTP_ERROR", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Document_id_only_sends_the_hash_and_no_document()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.OK, Patient));
        var client = hub.Client(more: services => services.AddSingleton(new HubClientOptions { Endpoint = new Uri("http://hub.test/graphql"), SendDocumentIdOnly = true, AccessToken = "t" }));

        await client.FindPatientAsync("RSSNNA41C49D612X");

        using var json = JsonDocument.Parse(hub.Received[0].Body);
        Assert.Equal("sha256:" + FindPatientQuery.Document.Sha256, json.RootElement.GetProperty("documentId").GetString());
        Assert.False(json.RootElement.TryGetProperty("query", out _));
    }

    [Fact]
    public async Task A_registered_token_provider_replaces_the_fixed_token()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.OK, Patient));

        await hub.Client(token: null, more: services => services.AddSingleton<IAccessTokenProvider>(new FixedTokens("from-provider"))).FindPatientAsync("X");

        Assert.Equal("from-provider", hub.Received[0].Request.Headers.Authorization!.Parameter);
    }

    [Fact]
    public async Task Cancellation_stops_the_call()
    {
        var hub = new ScriptedHub(() => Json(HttpStatusCode.OK, Patient));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hub.Client().FindPatientAsync("X", cancelled.Token));
    }

    private sealed class FixedTokens(string token) : IAccessTokenProvider
    {
        public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
    }

    private sealed class ErrorComparer : IEqualityComparer<GraphQLError>
    {
        public bool Equals(GraphQLError? x, GraphQLError? y) => (x!.Message, x.Code) == (y!.Message, y.Code) && x.Path.SequenceEqual(y.Path);

        public int GetHashCode(GraphQLError obj) => obj.Message.GetHashCode(StringComparison.Ordinal);
    }
}
