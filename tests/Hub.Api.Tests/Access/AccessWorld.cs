using System.Runtime.CompilerServices;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>What the access tests act on, looked up once per host: the role callers and one resident of their shared comune.</summary>
public sealed record AccessWorld(RoleCallers Callers, Guid PersonId, string FiscalCode, string ZoneId)
{
    private static readonly ConditionalWeakTable<HubApiHost, Task<AccessWorld>> Worlds = [];

    public string PersonGlobalId => GlobalId.Encode("Person", PersonId);

    public static Task<AccessWorld> OfAsync(HubApiHost host) => Worlds.GetValue(host, LoadAsync);

    private static async Task<AccessWorld> LoadAsync(HubApiHost host)
    {
        var callers = await RoleCallers.LoadAsync(host);
        await using var scope = host.SystemScope();
        var db = host.SystemContext(scope);
        var provider = callers[Role.ProviderOperator].Structures!.Single();
        // A resident of the shared comune with a household, who is no guest of the provider's structure.
        var person = await db.Persons
            .Where(p => p.Residence.MunicipalityId == callers.Residence && db.HouseholdMembers.Any(m => m.PersonId == p.Id)
                && !db.Placements.Any(pl => pl.PersonId == p.Id && db.Structures.Any(s => s.Id == pl.StructureId && s.RegionalCode == provider)))
            .OrderBy(p => p.Identifier).Select(p => new { p.Id, p.Identifier }).FirstAsync();
        var zone = await db.Zones.OrderBy(z => z.Code).Select(z => z.Id).FirstAsync();
        return new AccessWorld(callers, person.Id, person.Identifier, GlobalId.Encode("Zone", zone));
    }
}
