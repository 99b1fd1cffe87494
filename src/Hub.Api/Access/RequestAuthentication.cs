using Hub.Api.Audit;
using Hub.Api.GraphQL.Transport;
using Hub.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Hub.Api.Access;

/// <summary>DESIGN §4, layer 1: every GraphQL request names a valid caller before anything else happens.</summary>
internal static class RequestAuthentication
{
    /// <summary>Binds the request's caller; or the refusal: 401 without a valid token, 403 when its claims describe no caller or contradict the registry.</summary>
    public static async Task<TransportError?> AuthenticateAsync(HttpContext http, CancellationToken cancellationToken) =>
        await BindAsync(http, await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme), cancellationToken);

    /// <summary>
    /// The same for a WebSocket, whose token comes in <c>connection_init</c> rather than a header: validated
    /// by the same bearer handler and rules, through a handler of its own (the request's has already
    /// answered, without a token, and keeps that answer).
    /// </summary>
    public static async Task<TransportError?> AuthenticateSocketAsync(HttpContext http, string authorization, CancellationToken cancellationToken)
    {
        http.Request.Headers.Authorization = authorization;
        await using var fresh = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var handler = await fresh.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>().GetHandlerAsync(http, JwtBearerDefaults.AuthenticationScheme);
        return await BindAsync(http, await handler!.AuthenticateAsync(), cancellationToken);
    }

    /// <summary>
    /// Binds another DI scope of an authenticated connection (one per subscription event) to its caller,
    /// as of now: the scope is rebuilt, never carried over, so a provider's guests are current.
    /// </summary>
    public static Task BindConnectionScopeAsync(IServiceProvider scope, Caller caller, CancellationToken cancellationToken) =>
        scope.GetRequiredService<RequestAccess>().BindAsync(caller, cancellationToken);

    private static async Task<TransportError?> BindAsync(HttpContext http, AuthenticateResult result, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
            return TransportError.Unauthenticated(result.Failure is { } failure ? TokenFailure.Reason(failure) : null);
        http.User = result.Principal;
        try
        {
            var caller = CallerClaims.Read(result.Principal);
            await http.RequestServices.GetRequiredService<IOrganizationRegistry>().CheckAsync(caller, cancellationToken);
            await http.RequestServices.GetRequiredService<RequestAccess>().BindAsync(caller, cancellationToken);
            return null;
        }
        catch (InvalidCallerException e)
        {
            await http.RequestServices.GetRequiredService<AuditTrail>().RefusedAsync(result.Principal, cancellationToken);
            return TransportError.Forbidden(e.Message);
        }
    }
}
