using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Events;

/// <summary>graphql-transport-ws as its specification says: each message type and each close code.</summary>
[Collection(EventsCollection.Name)]
public sealed class SocketProtocolTests(EventsHost host) : HubApiTest(host)
{
    private const string Query = "query { changes(first: 1) { pageInfo { hasNextPage } } }";

    private string Token(TimeSpan? lifetime = null) => Host.Token(TestCallers.AllSeeing(Host.ZoneCodes), lifetime);

    private Uri Uri => ((EventsHost)Host).SocketUri;

    [Fact]
    public async Task Init_with_a_bearer_token_is_acknowledged_and_a_ping_gets_a_pong()
    {
        await using var client = await SocketClient.AcknowledgedAsync(Uri, Token());

        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync())!.Value.At("type").GetString());
    }

    [Theory]
    [InlineData(Query)]
    [InlineData("mutation { closeCase(input: { id: \"x\", expectedVersion: 1 }) { case { id } } }")]
    public async Task A_query_or_a_mutation_is_refused_with_an_error_message_pointing_to_http(string document)
    {
        // Over the socket they would escape the per-request rate limits, time limit and response cap.
        await using var client = await SocketClient.AcknowledgedAsync(Uri, Token());

        await client.SendAsync(new { id = "q1", type = "subscribe", payload = new { query = document } });
        var error = (await client.ReceiveAsync())!.Value;

        Assert.Equal(("error", "q1"), (error.At("type").GetString(), error.At("id").GetString()));
        Assert.Contains("POST /graphql", error.At("payload")[0].At("message").GetString());
    }

    [Fact]
    public async Task An_invalid_document_gets_an_error_message_with_the_graphql_errors()
    {
        await using var client = await SocketClient.AcknowledgedAsync(Uri, Token());

        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = "subscription { placementChanged { nope } }" } });
        var error = (await client.ReceiveAsync())!.Value;

        Assert.Equal(("error", "s1"), (error.At("type").GetString(), error.At("id").GetString()));
        Assert.Contains("nope", error.At("payload")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_subscribe_before_the_acknowledgement_closes_with_4401()
    {
        await using var client = await SocketClient.ConnectAsync(Uri);

        await client.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = Query } });

        Assert.Equal(4401, await client.ClosedAsync());
    }

    [Fact]
    public async Task Init_with_the_authorization_key_in_lower_case_as_banana_cake_pop_sends_it_is_acknowledged()
    {
        // The IDE copies its headers through the Fetch API's Headers, which lower-cases their names, and adds its own.
        await using var client = await SocketClient.ConnectAsync(Uri);

        await client.SendAsync(new Dictionary<string, object>
        {
            ["type"] = "connection_init",
            ["payload"] = new Dictionary<string, string> { ["authorization"] = $"Bearer {Token()}", ["user-agent"] = "Mozilla/5.0" },
        });

        Assert.Equal("connection_ack", (await client.ReceiveAsync())!.Value.At("type").GetString());
    }

    [Fact]
    public async Task A_second_init_closes_with_4429()
    {
        await using var client = await SocketClient.AcknowledgedAsync(Uri, Token());

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {Token()}" } });

        Assert.Equal(4429, await client.ClosedAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"start\",\"id\":\"1\"}")]
    [InlineData("{\"id\":\"1\"}")]
    [InlineData("{\"type\":\"connection_init\",\"payload\":\"token\"}")]
    [InlineData("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer a\",\"authorization\":\"Bearer b\"}}")]
    public async Task A_message_the_protocol_does_not_define_closes_with_4400(string message)
    {
        await using var client = await SocketClient.ConnectAsync(Uri);

        await client.SendTextAsync(message);

        Assert.Equal(4400, await client.ClosedAsync());
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("")]
    public async Task A_refused_token_closes_with_4403(string authorization)
    {
        await using var client = await SocketClient.ConnectAsync(Uri);

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = authorization } });

        Assert.Equal(4403, await client.ClosedAsync());
    }

    [Fact]
    public async Task A_token_that_expires_closes_the_socket_with_4403()
    {
        await using var client = await SocketClient.AcknowledgedAsync(Uri, Token(TimeSpan.FromSeconds(2)));

        Assert.Equal(4403, await client.ClosedAsync());
        Assert.Contains("expired", client.CloseReason);
    }

    [Fact]
    public async Task No_init_within_the_allowed_time_closes_with_4408()
    {
        await using var client = await SocketClient.ConnectAsync(Uri);

        Assert.Equal(4408, await client.ClosedAsync());
    }

    [Fact]
    public async Task A_subscribe_with_the_id_of_a_running_subscription_closes_with_4409()
    {
        await using var client = await SocketClient.AcknowledgedAsync(Uri, Token());
        var subscribe = new { id = "same", type = "subscribe", payload = new { query = "subscription { placementChanged { position } }" } };

        await client.SendAsync(subscribe);
        await client.SendAsync(subscribe);

        Assert.Equal(4409, await client.ClosedAsync());
    }

    [Fact]
    public async Task Without_the_graphql_transport_ws_subprotocol_the_socket_closes_with_4406()
    {
        await using var client = await SocketClient.ConnectAsync(Uri, subprotocol: null);

        Assert.Equal(4406, await client.ClosedAsync());
    }
}
