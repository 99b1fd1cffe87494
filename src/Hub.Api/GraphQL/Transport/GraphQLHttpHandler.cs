using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Transport;

/// <summary>One request to <c>/graphql</c>: negotiate, read, execute, respond.</summary>
internal sealed class GraphQLHttpHandler(GraphQLOptions options, GraphQLHttpRequestReader reader, GraphQLHttpResponder responder, ILogger logger)
{
    // Depth and complexity are judged on the document and its variables, before anything runs.
    private readonly IValidationRule[] validationRules =
    [
        .. DocumentValidator.CoreRules,
        new CostLimitRule(options),
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
        // The time limit also bounds the audit's write, which must happen even when the client has gone.
        using var timeLimit = new CancellationTokenSource(options.ExecutionTimeout);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, timeLimit.Token);
        try
        {
            if (await RequestAuthentication.AuthenticateAsync(http, deadline.Token) is { } refusal)
            {
                await responder.WriteErrorAsync(http, refusal, mediaType);
                return;
            }
            var (request, error) = await read();
            if (error is not null)
                await responder.WriteErrorAsync(http, error, mediaType);
            else if (await ExecuteAsync(http, request!, deadline.Token, timeLimit.Token) is { } result)
                await responder.WriteResultAsync(http, result, mediaType);
            else
                await responder.WriteErrorAsync(http, TransportError.DatabaseUnavailable, mediaType);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: the work stopped, and there is no one to answer.
        }
        catch (OperationCanceledException) when (timeLimit.IsCancellationRequested)
        {
            await responder.WriteErrorAsync(http, TransportError.ExecutionTimeout(options.ExecutionTimeout), mediaType);
        }
        catch (Exception exception) when (DatabaseFailure.IsUnavailable(exception))
        {
            // Outside the resolvers (the audit's write, say): the same answer as inside them.
            await responder.WriteErrorAsync(http, TransportError.DatabaseUnavailable, mediaType);
        }
    }

    /// <summary>The result to send, or null when the database could not be reached.</summary>
    private async Task<ExecutionResult?> ExecuteAsync(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken, CancellationToken auditToken)
    {
        try
        {
            var result = await ExecuteDocumentAsync(http, request, cancellationToken);
            if (!ReachedNoDatabase(result))
                return result;
            // Dead pooled connections fail once each after a database restart. A query changes
            // nothing, so it runs again on fresh connections; a mutation retries inside its runner,
            // where it knows whether a write may have committed.
            DatabaseFailure.ForgetIdleConnections();
            if (result.Operation?.Operation != GraphQLParser.AST.OperationType.Query)
                return null;
            result = await ExecuteDocumentAsync(http, request, cancellationToken);
            return ReachedNoDatabase(result) ? null : result;
        }
        finally
        {
            // Before the response is written: no data leaves without its audit, whatever happens next.
            await http.RequestServices.GetRequiredService<AuditTrail>().FlushAsync(auditToken);
        }
    }

    private static bool ReachedNoDatabase(ExecutionResult result) =>
        result.Errors?.Any(error => DatabaseFailure.IsUnavailable(error.InnerException)) == true;

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
