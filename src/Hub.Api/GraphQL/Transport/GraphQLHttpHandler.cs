using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using Hub.Api.Access;
using Hub.Api.Audit;

namespace Hub.Api.GraphQL.Transport;

/// <summary>One request to <c>/graphql</c>: negotiate, read, execute, respond.</summary>
internal sealed class GraphQLHttpHandler(GraphQLHttpRequestReader reader, GraphQLHttpResponder responder, ILogger logger)
{
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
        try
        {
            var (request, error) = await read();
            if (error is not null)
                await responder.WriteErrorAsync(http, error, mediaType);
            else
                await responder.WriteResultAsync(http, await ExecuteAsync(http, request!), mediaType);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: the work stopped, and there is no one to answer.
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request)
    {
        try
        {
            return await ExecuteDocumentAsync(http, request);
        }
        finally
        {
            // Before the response is written: no data leaves without its audit, whatever happens next.
            await http.RequestServices.GetRequiredService<AuditTrail>().FlushAsync();
        }
    }

    private Task<ExecutionResult> ExecuteDocumentAsync(HttpContext http, GraphQLRequest request) =>
        http.RequestServices.GetRequiredService<IDocumentExecuter<HubSchema>>().ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            // Stops resolvers and their database queries when the client disconnects.
            options.CancellationToken = http.RequestAborted;
            options.UnhandledExceptionDelegate = LogAsync;
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
