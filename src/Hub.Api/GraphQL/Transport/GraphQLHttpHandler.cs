using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Domain.Access;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Transport;

/// <summary>One request to <c>/graphql</c>: negotiate, read, execute, respond.</summary>
internal sealed class GraphQLHttpHandler(
    GraphQLOptions options, GraphQLHttpRequestReader reader, GraphQLHttpResponder responder, CallerRateLimits rateLimits, ILogger logger)
{
    private readonly CostLimitRule costLimits = new(options);

    // Cost and depth are judged by the transport before validation; a condition or sort key on a field
    // needs the field's clearance, judged with the variables in place before anything runs.
    private readonly IValidationRule[] validationRules = [.. DocumentValidator.CoreRules, new ConditionClearanceRule()];

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
        // The time limit also bounds authentication and the audit's write, which must happen even when the client has gone.
        using var timeLimit = new CancellationTokenSource(options.ExecutionTimeout);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, timeLimit.Token);
        if (await RequestAuthentication.AuthenticateAsync(http, deadline.Token) is { } refusal)
        {
            await responder.WriteErrorAsync(http, refusal, mediaType);
            return;
        }
        // Limited before the body is read: a refused request costs the hub as little as possible.
        var (lease, limited) = await rateLimits.AcquireAsync(http.RequestServices.GetRequiredService<RequestAccess>().Scope.Caller, http.RequestAborted);
        using (lease)
        {
            if (limited is not null)
                await responder.WriteErrorAsync(http, limited, mediaType);
            else
                await RunAsync(http, read, mediaType, deadline, timeLimit);
        }
    }

    private async Task RunAsync(HttpContext http, Func<Task<RequestReadResult>> read, string mediaType, CancellationTokenSource deadline, CancellationTokenSource timeLimit)
    {
        try
        {
            var (request, error) = await read();
            if (error is null)
                (request, error) = http.RequestServices.GetRequiredService<TrustedDocuments>().Admit(request!, http.RequestServices.GetRequiredService<RequestAccess>().Scope.Caller);
            var (document, refusal) = error is null ? Admit(http, request!, deadline.Token) : (null, error);
            if (refusal is not null)
                await responder.WriteErrorAsync(http, refusal, mediaType);
            else if (await ExecuteAsync(http, request!, document, deadline.Token, timeLimit.Token) is { } result)
                await responder.WriteResultAsync(http, result, mediaType);
            else
                await responder.WriteErrorAsync(http, TransportError.DatabaseUnavailable, mediaType);
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

    /// <summary>
    /// The parsed document, or why it is refused: too deep to parse, or costing more than the limits
    /// allow. Judged before GraphQL validates it, since validation too can be made to work hard.
    /// </summary>
    private (GraphQLDocument? Document, TransportError? Refusal) Admit(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var (document, error) = DocumentParser.Parse(request);
        if (document is null)
            return (null, error);
        var schema = http.RequestServices.GetRequiredService<HubSchema>();
        // The schema is built lazily at its first execution; its types are needed before.
        schema.Initialize();
        return (document, costLimits.Check(schema, document, request, cancellationToken));
    }

    /// <summary>The result to send, or null when the database could not be reached (for the work or for its audit).</summary>
    private async Task<ExecutionResult?> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document,
        CancellationToken cancellationToken, CancellationToken auditToken)
    {
        var audit = http.RequestServices.GetRequiredService<AuditTrail>();
        ExecutionResult? result = null;
        var audited = false;
        try
        {
            result = await ExecuteOnceMoreAfterOutageAsync(http, request, document, cancellationToken);
        }
        finally
        {
            audited = await FlushAsync(audit, auditToken);
        }
        return audited ? result : null;
    }

    private async Task<ExecutionResult?> ExecuteOnceMoreAfterOutageAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document, CancellationToken cancellationToken)
    {
        var result = await ExecuteDocumentAsync(http, request, document, cancellationToken);
        if (!ReachedNoDatabase(result))
            return result;
        // Dead pooled connections fail once each after a database restart. A query changes
        // nothing, so it runs again on fresh connections; a mutation retries inside its runner,
        // where it knows whether a write may have committed.
        DatabaseFailure.ForgetIdleConnections();
        if (result.Operation?.Operation != GraphQLParser.AST.OperationType.Query)
            return null;
        result = await ExecuteDocumentAsync(http, request, document, cancellationToken);
        return ReachedNoDatabase(result) ? null : result;
    }

    private static bool ReachedNoDatabase(ExecutionResult result) =>
        result.Errors?.Any(error => DatabaseFailure.IsUnavailable(error.InnerException)) == true;

    /// <summary>
    /// Writes the request's read events before the response is written: no data leaves without its
    /// audit, so an audit the database cannot take makes the answer a 503 (false). When a mutation of
    /// the request committed, the answer still goes out, because a response may report failure only
    /// if nothing committed; the mutation's own event, saved with its change, names what it changed.
    /// </summary>
    private async Task<bool> FlushAsync(AuditTrail audit, CancellationToken cancellationToken)
    {
        try
        {
            await audit.FlushAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (audit.HasCommitted)
        {
            logger.LogError(e, "The read events of a request whose mutation committed could not be written.");
            return true;
        }
        catch (Exception e) when (DatabaseFailure.IsUnavailable(e))
        {
            return false;
        }
    }

    private Task<ExecutionResult> ExecuteDocumentAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document, CancellationToken cancellationToken) =>
        http.RequestServices.GetRequiredService<IDocumentExecuter<HubSchema>>().ExecuteAsync(execution =>
        {
            execution.Query = request.Query;
            // Parsed once, by the transport; without it (a syntax error) GraphQL parses and reports.
            execution.Document = document;
            execution.OperationName = request.OperationName;
            execution.Variables = request.Variables;
            execution.Extensions = request.Extensions;
            execution.ValidationRules = validationRules;
            execution.RequestServices = http.RequestServices;
            execution.User = http.User;
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
