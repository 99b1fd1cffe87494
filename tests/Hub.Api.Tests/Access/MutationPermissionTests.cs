using System.Net.Http.Json;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>DESIGN §4, layer 4: a mutation runs only with its permission, and only on a target the caller reaches.</summary>
public abstract class MutationPermissionTests(HubApiHost host) : HubApiTest(host)
{
    // A provider's mutation sent at a version no placement has: it finds its target within the caller's reach
    // and is then refused with a ConcurrencyError, so it shows what the caller reaches and changes nothing.
    private const string Operate =
        "mutation Operate($id: ID!) { recordReturn(input: { placementId: $id, expectedVersion: -1 }) { placement { id } errors { __typename } } }";

    public static TheoryData<Role, bool> Roles() => new()
    {
        { Role.DischargePlanner, false }, { Role.Acot, false }, { Role.SocialWorker, false }, { Role.MunicipalOfficer, false },
        { Role.ProviderOperator, true }, { Role.Analyst, false }, { Role.RegistryAdmin, false }, { Role.Auditor, false },
        { Role.ChildProtectionWorker, false }, { Role.FosterCareOfficer, false }, { Role.AntiViolenceOperator, false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Only_roles_granting_the_permission_run_the_mutation(Role role, bool allowed)
    {
        var world = await AccessWorld.OfAsync(Host);
        var (own, _) = await PlacementsAsync(world);

        var body = await SendAsync(world.Callers[role], Operate, new { id = own });

        if (allowed)
            Assert.Equal("ConcurrencyError", FirstError(body));
        else
        {
            Assert.Equal("FORBIDDEN", body.At("errors")[0].At("extensions", "code").GetString());
            // The message names the permission and the roles that grant it (issue 12 §5).
            Assert.Contains("the permission OperatePlacements, which the roles provider-operator grant", body.At("errors")[0].At("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Provider_does_not_reach_placements_of_other_structures()
    {
        var world = await AccessWorld.OfAsync(Host);
        var (_, foreign) = await PlacementsAsync(world);

        var body = await SendAsync(world.Callers[Role.ProviderOperator], Operate, new { id = foreign });

        Assert.Equal("NotFoundError", FirstError(body));
    }

    [Fact]
    public async Task Mutation_without_a_declared_permission_runs_for_nobody()
    {
        await using var scope = Host.SystemScope();
        // Every real mutation declares one (AuthorizationSchemaTests), so the middleware is handed a field that forgot.
        var mutation = new ObjectGraphType { Name = "Mutation" };
        var context = new ResolveFieldContext
        {
            Schema = new Schema { Mutation = mutation },
            ParentType = mutation,
            FieldDefinition = new FieldType { Name = "forgotten" },
            Operation = (GraphQLOperationDefinition)Parser.Parse("mutation { forgotten }").Definitions[0],
            RequestServices = scope.ServiceProvider,
            UserContext = new Dictionary<string, object?>(),
        };
        var ran = false;

        var error = await Assert.ThrowsAsync<ExecutionError>(async () => await new AccessMiddleware().ResolveAsync(context, _ =>
        {
            ran = true;
            return ValueTask.FromResult<object?>(null);
        }));

        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Contains("declares no permission", error.Message, StringComparison.Ordinal);
        Assert.False(ran);
    }

    [Fact]
    public async Task Refused_mutation_is_audited()
    {
        var world = await AccessWorld.OfAsync(Host);
        var (own, _) = await PlacementsAsync(world);
        var operation = $"Refused{Guid.NewGuid():N}";

        await SendAsync(world.Callers[Role.Analyst], Operate.Replace("Operate", operation, StringComparison.Ordinal), new { id = own });

        await using var scope = Host.SystemScope();
        var recorded = await Host.SystemContext(scope).AuditEvents.SingleAsync(e => e.Operation == operation);
        Assert.Equal(AuditOutcome.Denied, recorded.Outcome);
        Assert.Equal(("recordReturn", "Placement", CareKey(own)), (recorded.Mutation, recorded.EntityType, recorded.EntityId));
    }

    private async Task<JsonElement> SendAsync(CallerClaimSet caller, string query, object? variables)
    {
        using var client = Host.CreateClient(caller);
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? FirstError(JsonElement body) => body.At("data", "recordReturn", "errors")[0].At("__typename").GetString();

    private static Guid CareKey(string globalId) => GlobalId.TryDecode(globalId, out _, out var id) ? id : Guid.Empty;

    /// <summary>A placement in the provider's structure and one elsewhere, as global ids.</summary>
    private async Task<(string Own, string Foreign)> PlacementsAsync(AccessWorld world)
    {
        var code = world.Callers[Role.ProviderOperator].Structures!.Single();
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        var own = await db.Placements.Where(p => db.Structures.Any(s => s.Id == p.StructureId && s.RegionalCode == code)).Select(p => p.Id).FirstAsync();
        var foreign = await db.Placements.Where(p => !db.Structures.Any(s => s.Id == p.StructureId && s.RegionalCode == code)).Select(p => p.Id).FirstAsync();
        return (GlobalId.Encode("Placement", own), GlobalId.Encode("Placement", foreign));
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteMutationPermissionTests(HubApiFactory factory) : MutationPermissionTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresMutationPermissionTests(PostgresHubApiFactory factory) : MutationPermissionTests(factory);
