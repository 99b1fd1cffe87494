using Hub.Api.Access;
using Hub.Domain.Access;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// The hub's registry, plus the tests' own organisation (<see cref="TestCallers.SomeOrganization"/>): the
/// broad test callers act for it with whatever kind and zones they need, e.g. a social worker of every
/// zone, which no real organisation is. Every other caller, the role callers and forged tokens among
/// them, is checked by the real registry.
/// </summary>
public sealed class TestOrganizationRegistry(OrganizationRegistry registry) : IOrganizationRegistry
{
    public Task CheckAsync(Caller caller, CancellationToken ct) =>
        caller.OrganizationId == TestCallers.SomeOrganization ? Task.CompletedTask : registry.CheckAsync(caller, ct);
}
