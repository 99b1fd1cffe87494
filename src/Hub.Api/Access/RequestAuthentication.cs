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
    public static async Task<TransportError?> AuthenticateAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
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
