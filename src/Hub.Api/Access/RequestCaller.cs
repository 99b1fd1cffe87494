using Hub.Domain.Access;
using Hub.Domain.Persistence;

namespace Hub.Api.Access;

/// <summary>The caller of the current request, bound once to everything that enforces access: the field checks and the row scopes of the request's DbContext.</summary>
public sealed class RequestCaller(HubDbContext db)
{
    public Caller Caller { get; private set; } = Caller.Nobody;

    public async Task BindAsync(Caller caller, CancellationToken ct)
    {
        Caller = caller;
        await db.ActAsAsync(caller, ct);
    }
}
