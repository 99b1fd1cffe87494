using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Hub.Client;

/// <summary>
/// GraphQL over HTTP to the hub: POST with a JSON body, asking for
/// <c>application/graphql-response+json</c> (so 4xx statuses carry the errors) and taking
/// <c>application/json</c> too. Failures the hub or network call transient (connection lost, 429,
/// 502, 503, 504) are retried for operations safe to repeat, with the same body, hence the same
/// idempotency key. Subscriptions go over a WebSocket (<see cref="SubscriptionStream{TData}"/>).
/// </summary>
internal sealed class HubClient(IHttpClientFactory httpClients, IAccessTokenProvider tokens, HubClientOptions options) : IHubClient
{
    /// <summary>The name of the <see cref="HttpClient"/> the factory configures for the hub.</summary>
    public const string HttpClientName = "Hub.Client";

    private static readonly HttpStatusCode[] Transient =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout];

    public async Task<HubResult<TData>> ExecuteAsync<TData>(IHubOperation<TData> operation, CancellationToken cancellationToken = default)
        where TData : class
    {
        var body = Body(operation);
        var retries = operation.Document.IsSafeToRetry ? options.MaxRetries : 0;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await SendAsync(body, cancellationToken);
                if (attempt < retries && Transient.Contains(response.StatusCode))
                {
                    await Task.Delay(Delay(attempt, response.Headers.RetryAfter), cancellationToken);
                    continue;
                }
                return await HubResponse.ReadAsync(operation, response, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < retries)
            {
                await Task.Delay(Delay(attempt, null), cancellationToken);
            }
        }
    }

    public IAsyncEnumerable<HubResult<TData>> SubscribeAsync<TData>(IHubSubscription<TData> subscription, CancellationToken cancellationToken = default)
        where TData : class =>
        new SubscriptionStream<TData>(tokens, options).FollowAsync(subscription, cancellationToken);

    /// <summary>The request body, written once so every attempt sends the same variables and key.</summary>
    private byte[] Body<TData>(IHubOperation<TData> operation)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            OperationPayload.Write(writer, operation, options.SendDocumentIdOnly);
        return buffer.WrittenSpan.ToArray();
    }

    private async Task<HttpResponseMessage> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(HubResponse.GraphQLResponseJson));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        if (await tokens.GetAccessTokenAsync(cancellationToken) is { Length: > 0 } token)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    private TimeSpan Delay(int attempt, RetryConditionHeaderValue? retryAfter) =>
        retryAfter?.Delta ?? options.RetryDelay * Math.Pow(2, attempt);
}
