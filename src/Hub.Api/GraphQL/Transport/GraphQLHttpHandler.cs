using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using Hub.Api.Access;
using Hub.Api.Audit;

namespace Hub.Api.GraphQL.Transport;

/// <summary>One request to <c>/graphql</c>: negotiate, read, execute, respond.</summary>
internal sealed class GraphQLHttpHandler(GraphQLOptions options, GraphQLHttpRequestReader reader, GraphQLHttpResponder responder, ILogger logger)
{
    // Depth and complexity are judged on the document and its variables, before anything runs.
    private readonly IValidationRule[] validationRules =
    [
        .. DocumentValidator.CoreRules,
        new CostLimitRule(options),
        new ConditionClearanceRule(),
    ];

    public Task HandleGetAsync(HttpContext http) =>
        HandleAsync(http, () => Task.FromResult(reader.ReadGet(http.Request)));

    public Task HandlePostAsync(HttpContext http) =>
        HandleAsync(http, () => reader.ReadPostAsync(http.Request, http.RequestAborted));

    private async Task HandleAsync(HttpContext http, Func<Task<RequestReadResult>> read)
    {
        // The spec: without an acceptable media type, answer 406 and stop processing.
        if (MediaTypeNegotiation.Select(http.Request) is not { } mediaType)
        {
            await responder.WriteErrorAsync(http, TransportError.NotAcceptable, mediaType: null);
            return;
        }
        if (await RequestAuthentication.AuthenticateAsync(http) is { } refusal)
        {
            await responder.WriteErrorAsync(http, refusal, mediaType);
            return;
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(options.ExecutionTimeout);
        try
        {
            var (request, error) = await read();
            if (error is not null)
                await responder.WriteErrorAsync(http, error, mediaType);
            else
                await responder.WriteResultAsync(http, await ExecuteAsync(http, request!, deadline.Token), mediaType);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: the work stopped, and there is no one to answer.
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await responder.WriteErrorAsync(http, TransportError.ExecutionTimeout(options.ExecutionTimeout), mediaType);
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var audit = http.RequestServices.GetRequiredService<AuditTrail>();
        try
        {
            return await ExecuteDocumentAsync(http, request, cancellationToken);
        }
        finally
        {
            await FlushAsync(audit);
        }
    }

    /// <summary>
    /// Writes the request's read events before the response is written: no data leaves without its
    /// audit. When that fails after a mutation committed, the answer still goes out, because a
    /// response may report failure only if nothing committed; the mutation's own event, saved with
    /// its change, names the record and person it returns.
    /// </summary>
    private async Task FlushAsync(AuditTrail audit)
    {
        try
        {
            await audit.FlushAsync();
        }
        catch (Exception e) when (audit.HasCommitted)
        {
            logger.LogError(e, "The read events of a request whose mutation committed could not be written.");
        }
    }

    private Task<ExecutionResult> ExecuteDocumentAsync(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken) =>
        http.RequestServices.GetRequiredService<IDocumentExecuter<HubSchema>>().ExecuteAsync(execution =>
        {
            execution.Query = request.Query;
            execution.OperationName = request.OperationName;
            execution.Variables = request.Variables;
            execution.Extensions = request.Extensions;
            execution.RequestServices = http.RequestServices;
            execution.User = http.User;
            execution.ValidationRules = validationRules;
            // Stops resolvers and their database queries when the client disconnects or time runs out.
            execution.CancellationToken = cancellationToken;
            execution.UnhandledExceptionDelegate = LogAsync;
        });

    // GraphQL.NET turns the exception into an error in the response, hidden outside Development
    // (HubErrorInfoProvider): the log is where it can be seen.
    private Task LogAsync(UnhandledExceptionContext context)
    {
        var path = context.FieldContext is { } field ? string.Join('.', field.Path) : "(document)";
        logger.LogError(context.OriginalException, "Unhandled exception in GraphQL at {Path}.", path);
        return Task.CompletedTask;
    }
}
