using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.Health;
using Hub.Api.Telemetry;
using Hub.Domain.Access;
using Hub.Domain.Persistence;

namespace Hub.Api.GraphQL.Transport;

/// <summary>One request to <c>/graphql</c>: negotiate, read, execute, respond.</summary>
internal sealed class GraphQLHttpHandler(GraphQLOptions options, GraphQLHttpRequestReader reader, GraphQLHttpResponder responder,
    RequestAdmission admission, CallerRateLimits rateLimits, WorkLimit workLimit, DatabaseCircuit circuit, ILogger logger)
{
    // How long a request answered at its deadline may take to stop before its database is deemed stalled.
    private static readonly TimeSpan AbandonGrace = TimeSpan.FromSeconds(1);

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
        // While the database is known to be out of reach nothing of the request could be done: say so at once.
        if (circuit.IsOpen)
        {
            await responder.WriteErrorAsync(http, TransportError.DatabaseUnavailable, mediaType);
            return;
        }
        // The time limit also bounds authentication and the audit's write, which must happen even when the client has gone.
        using var timeLimit = new CancellationTokenSource();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, timeLimit.Token);
        var work = AnswerAsync(http, read, deadline, timeLimit);
        try
        {
            await ((Task)work).WaitAsync(options.ExecutionTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!work.IsCompleted)
            {
                // Cancelled on a pool thread: Npgsql's cancellation of a read talks to the server
                // synchronously, and against a stalled server would hold a timer thread.
                _ = timeLimit.CancelAsync();
            }
            // An answer reporting a committed mutation is awaited: a response may report failure only if nothing committed.
            if (work.IsCompleted || http.RequestServices.GetRequiredService<AuditTrail>().HasCommitted)
                await WriteAsync(http, await work, mediaType);
            else
                await AbandonAsync(http, work, mediaType);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away while its answer was being written.
        }
    }

    /// <summary>
    /// The time limit passed and the work has not ended. Cancelled, it stops within moments, unless a
    /// call to a database that stalls (a cancelled read the server never answers) holds it. The client
    /// is answered now; the request ends only when the work does, because the work still uses the
    /// request's services (its database context above all). Work still running a moment later means
    /// the database stalls: the circuit opens, and later requests are refused without waiting.
    /// </summary>
    private async Task AbandonAsync(HttpContext http, Task<Answer?> work, string mediaType)
    {
        if (!http.RequestAborted.IsCancellationRequested)
        {
            await responder.WriteErrorAsync(http, TransportError.ExecutionTimeout(options.ExecutionTimeout), mediaType);
            await http.Response.CompleteAsync();
        }
        await ((Task)work).WaitAsync(AbandonGrace).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!work.IsCompleted)
            circuit.Trip();
        try
        {
            await work;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A request answered at its deadline ended with an exception.");
        }
    }

    private async Task WriteAsync(HttpContext http, Answer? answer, string mediaType)
    {
        if (answer?.Result is { } result)
            await responder.WriteResultAsync(http, result, mediaType);
        else if (answer?.Error is { } error)
            await responder.WriteErrorAsync(http, error, mediaType);
    }

    /// <summary>What to answer, or null when the client has gone and there is no one to answer.</summary>
    private async Task<Answer?> AnswerAsync(HttpContext http, Func<Task<RequestReadResult>> read, CancellationTokenSource deadline, CancellationTokenSource timeLimit)
    {
        try
        {
            if (await RequestAuthentication.AuthenticateAsync(http, deadline.Token) is { } refusal)
                return new(refusal);
            // Limited before the body is read: a refused request costs the hub as little as possible.
            var (lease, limited) = await rateLimits.AcquireAsync(http.RequestServices.GetRequiredService<RequestAccess>().Scope.Caller, http.RequestAborted);
            using (lease)
            {
                if (limited is not null)
                    return new(limited);
                // The body is read and admitted before a place is taken: a client sending its body slowly holds its own lease
                // only, never one of the places every caller shares (red team 36: eight slow bodies held all eight).
                var (request, error) = await read();
                if (error is not null)
                    return new(error);
                var admitted = admission.Admit(request!, http.RequestServices.GetRequiredService<RequestAccess>().Scope.Caller, deadline.Token);
                if (admitted.Refusal is { } refused)
                    return new(refused);
                // Then a place among the requests the hub works on at once, or a 503 after a short wait.
                var (place, overloaded) = await workLimit.EnterAsync(deadline.Token);
                using (place)
                    return overloaded is not null ? new(overloaded) : await RunAsync(http, admitted, deadline.Token, timeLimit.Token);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: the work stopped, and there is no one to answer.
            return null;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return new(TransportError.ExecutionTimeout(options.ExecutionTimeout));
        }
    }

    private async Task<Answer> RunAsync(HttpContext http, RequestAdmission.Admission admitted, CancellationToken cancellationToken, CancellationToken auditToken)
    {
        if (await ExecuteAsync(http, admitted, cancellationToken, auditToken) is { } result)
            return new(Result: result);
        circuit.Trip();
        return new(TransportError.DatabaseUnavailable);
    }

    /// <summary>The result to send, or null when the database could not be reached (for the work or for its audit).</summary>
    private async Task<ExecutionResult?> ExecuteAsync(HttpContext http, RequestAdmission.Admission admitted,
        CancellationToken cancellationToken, CancellationToken auditToken)
    {
        var audit = http.RequestServices.GetRequiredService<AuditTrail>();
        var telemetry = OperationTelemetry.Start();
        ExecutionResult? result = null;
        var audited = false;
        try
        {
            result = await ExecuteOnceMoreAfterOutageAsync(http, admitted, cancellationToken);
        }
        finally
        {
            audited = await FlushAsync(audit, auditToken);
            telemetry?.Stop(audited ? result : null, audit.EventsFlushed);
        }
        return audited ? result : null;
    }

    private async Task<ExecutionResult?> ExecuteOnceMoreAfterOutageAsync(HttpContext http, RequestAdmission.Admission admitted, CancellationToken cancellationToken)
    {
        var result = await ExecuteDocumentAsync(http, admitted, cancellationToken);
        if (!ReachedNoDatabase(result))
            return result;
        // Dead pooled connections fail once each after a database restart. A query changes
        // nothing, so it runs again on fresh connections; a mutation retries inside its runner,
        // where it knows whether a write may have committed.
        DatabaseFailure.ForgetIdleConnections();
        if (result.Operation?.Operation != GraphQLParser.AST.OperationType.Query)
            return null;
        result = await ExecuteDocumentAsync(http, admitted, cancellationToken);
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

    private async Task<ExecutionResult> ExecuteDocumentAsync(HttpContext http, RequestAdmission.Admission admitted, CancellationToken cancellationToken)
    {
        var (request, document) = (admitted.Request!, admitted.Document);
        var result = await http.RequestServices.GetRequiredService<IDocumentExecuter<HubSchema>>().ExecuteAsync(execution =>
        {
            execution.Query = request.Query;
            // Parsed once, by the transport; without it (a syntax error) GraphQL parses and reports.
            execution.Document = document;
            execution.OperationName = request.OperationName;
            execution.Variables = request.Variables;
            execution.Extensions = request.Extensions;
            execution.ValidationRules = admission.RulesFor(admitted.Validated);
            execution.RequestServices = http.RequestServices;
            execution.User = http.User;
            // Stops resolvers and their database queries when the client disconnects or time runs out.
            execution.CancellationToken = cancellationToken;
            execution.UnhandledExceptionDelegate = LogAsync;
        });
        admission.Remember(request, document, admitted.Validated, result);
        return result;
    }

    // GraphQL.NET turns the exception into an error in the response, which tells only the trace id
    // (HubErrorInfoProvider): the log is where the exception can be seen, found by that id.
    private Task LogAsync(UnhandledExceptionContext context)
    {
        var path = context.FieldContext is { } field ? string.Join('.', field.Path) : "(document)";
        logger.LogError(context.OriginalException, "Unhandled exception in GraphQL at {Path} (trace {TraceId}).", path, HubErrorInfoProvider.TraceId);
        return Task.CompletedTask;
    }

    /// <summary>The answer to a request: a refusal by the transport, or the result of executing it.</summary>
    private sealed record Answer(TransportError? Error = null, ExecutionResult? Result = null);
}
