using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.Events;
using Hub.Domain.Access;
using Hub.Domain.Events;

namespace Hub.Api.GraphQL.Transport.WebSockets;

/// <summary>
/// Runs the operations of an authenticated socket, each execution in a DI scope of its own bound to the
/// socket's caller, with the HTTP transport's limits and validation, its reads audited before its result
/// leaves. A subscription runs once to start (its field records where to resume and what it follows)
/// and once more per event it is offered (<see cref="EventDelivery"/>).
/// </summary>
internal sealed class SocketOperations(IServiceProvider services, RequestAdmission admission, IDocumentExecuter<HubSchema> executer)
{
    /// <summary>What a subscribe message started: a refusal (for an <c>error</c> message), a single result, or a stream to follow.</summary>
    public sealed record Started(ExecutionResult? Refused, ExecutionResult? Single, FollowedStream? Stream);

    /// <summary>A subscription's document and the changes its field follows, from where.</summary>
    public sealed record FollowedStream(GraphQLRequest Request, GraphQLDocument Document, long? After, IReadOnlySet<ChangeType> Types);

    /// <summary>
    /// Admits a subscribe message as the HTTP transport admits a request (<see cref="RequestAdmission"/>:
    /// trusted documents, the filter lists written in the text, the cost), and only for a subscription: queries and mutations go over HTTP, where
    /// the rate limits, the time limit and the response cap apply to each.
    /// </summary>
    public async Task<Started> StartAsync(ClaimsPrincipal user, Caller caller, GraphQLRequest request, CancellationToken ct)
    {
        var (admitted, document, refusal, validated) = admission.Admit(request, caller, ct);
        refusal ??= document is null ? null : OnlySubscriptions(document, admitted!);
        if (refusal is not null)
            return new Started(refusal.ToResult(), null, null);
        request = admitted!;
        var (started, delivery) = await ExecuteAsync(user, caller, request, document, validated, null, ct);
        var result = started!;
        if (result.Errors is { Count: > 0 } && result.Data is null)
            return new Started(result, null, null);
        return document is not null && result.Operation?.Operation == OperationType.Subscription
            ? new Started(null, null, new FollowedStream(request, document, delivery.After, delivery.Types))
            : new Started(null, result, null);
    }

    private static TransportError? OnlySubscriptions(GraphQLDocument document, GraphQLRequest request)
    {
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => request.OperationName is null || o.Name?.StringValue == request.OperationName);
        return operation is null || operation.Operation == OperationType.Subscription
            ? null
            : TransportError.InvalidRequest($"This socket carries subscriptions; send the {operation.Operation.ToString().ToLowerInvariant()} to POST /graphql, where the rate and time limits apply.");
    }

    /// <summary>The result to send for one event; null when the subscriber may not see it, or its field does not follow it.</summary>
    public async Task<ExecutionResult?> DeliverAsync(ClaimsPrincipal user, Caller caller, FollowedStream stream, OutboxEvent e, CancellationToken ct) =>
        // The stream started, so its document passed validation: each event judges only the caller.
        stream.Types.Contains(e.Type) ? (await ExecuteAsync(user, caller, stream.Request, stream.Document, new(stream.Document, CanCondition: true), e, ct)).Result : null;

    private async Task<(ExecutionResult? Result, EventDelivery Delivery)> ExecuteAsync(ClaimsPrincipal user, Caller caller, GraphQLRequest request,
        GraphQLDocument? document, DocumentCache.Validated? validated, OutboxEvent? e, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await RequestAuthentication.BindConnectionScopeAsync(scope.ServiceProvider, caller, ct);
        var delivery = scope.ServiceProvider.GetRequiredService<EventDelivery>();
        delivery.Event = e;
        var result = await executer.ExecuteAsync(execution =>
        {
            execution.Query = request.Query;
            execution.Document = document;
            execution.OperationName = request.OperationName;
            execution.Variables = request.Variables;
            execution.Extensions = request.Extensions;
            execution.ValidationRules = admission.RulesFor(validated);
            execution.RequestServices = scope.ServiceProvider;
            execution.User = user;
            execution.CancellationToken = ct;
        });
        admission.Remember(request, document, validated, result);
        // A subscription's execution yields a stream: starting, an empty one; delivering, the event's one result or none.
        var outcome = result.Streams is { Count: 1 } streams ? await FirstAsync(streams.Values.Single()) : result;
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().FlushAsync(CancellationToken.None);
        return (e is null && result.Streams is { Count: 1 } ? result : outcome, delivery);
    }

    private static Task<ExecutionResult?> FirstAsync(IObservable<ExecutionResult> stream)
    {
        var first = new TaskCompletionSource<ExecutionResult?>(TaskCreationOptions.RunContinuationsAsynchronously);
        stream.Subscribe(new FirstObserver(first));
        return first.Task;
    }

    private sealed class FirstObserver(TaskCompletionSource<ExecutionResult?> first) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => first.TrySetResult(value);

        public void OnError(Exception error) => first.TrySetException(error);

        public void OnCompleted() => first.TrySetResult(null);
    }
}
