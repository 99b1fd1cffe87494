using System.Reflection;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>
/// DESIGN §2: each request binds one immutable access scope when its context is created; system
/// work has its own factory; nothing in a resolver can widen a scope.
/// </summary>
public abstract class AccessScopeTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_request_binds_its_caller_once_and_refuses_a_second_one()
    {
        var world = await AccessWorld.OfAsync(Host);
        await using var scope = Host.Services.CreateAsyncScope();
        var asComune = await RoleCallers.ContextAsAsync(scope, world.Callers[Role.MunicipalOfficer]);
        var residents = await asComune.Persons.CountAsync();

        var rebind = () => RoleCallers.ContextAsAsync(scope, world.Callers[Role.SocialWorker]);

        await Assert.ThrowsAsync<InvalidOperationException>(rebind);
        Assert.Equal(residents, await asComune.Persons.CountAsync());
        Assert.Equal("mo", scope.ServiceProvider.GetRequiredService<AccessScope>().Actor);
    }

    [Fact]
    public async Task A_context_created_before_its_request_is_bound_reaches_no_row()
    {
        var world = await AccessWorld.OfAsync(Host);
        await using var scope = Host.Services.CreateAsyncScope();
        var early = scope.ServiceProvider.GetRequiredService<HubDbContext>();

        await RoleCallers.ContextAsAsync(scope, world.Callers[Role.SocialWorker]);

        Assert.Equal(0, await early.Persons.CountAsync());
        Assert.Equal("nobody", early.Scope.Actor);
    }

    [Fact]
    public async Task A_system_scope_cannot_be_bound_to_a_caller_afterwards()
    {
        var world = await AccessWorld.OfAsync(Host);
        await using var scope = Host.SystemScope();

        await Assert.ThrowsAsync<InvalidOperationException>(() => RoleCallers.ContextAsAsync(scope, world.Callers[Role.Analyst]));
        Assert.True(Host.SystemContext(scope).Scope.Caller.Unrestricted);
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteAccessScopeTests(HubApiFactory factory) : AccessScopeTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresAccessScopeTests(PostgresHubApiFactory factory) : AccessScopeTests(factory);

/// <summary>The shape of the code keeps scopes closed: no public writer, and system access only where the design allows it.</summary>
public sealed class AccessScopeShapeTests
{
    // System work (DESIGN §2): start-up, the CLI verbs, planning figures (and the family centres' use), the IDE's development token, the database probe,
    // and the EF model read without a database (design-time factories, the column limits of inputs).
    private static readonly string[] SystemWork =
    [
        "src/Hub.Api/CommandLine/HubCommands.cs",
        // The outbox holds no personal data: the dispatcher and retention read and prune it by position and age.
        "src/Hub.Api/Events/OutboxDispatcher.cs",
        "src/Hub.Api/Events/OutboxRetention.cs",
        "src/Hub.Api/Extensions/StorageExtensions.cs",
        // The family centres' use, counted like the planning figures: cells name no one, small ones suppressed.
        "src/Hub.Api/Families/FamilyCenterQueries.cs",
        "src/Hub.Api/GraphQL/InputRules/ColumnLimits.cs",
        // The outage probe: a SELECT 1 that reads no row.
        "src/Hub.Api/Health/DatabaseCircuit.cs",
        // Development only: the IDE's preset token is a demo persona's, chosen among every row.
        "src/Hub.Api/Ide/BananaCakePopEndpoints.cs",
        "src/Hub.Api/Planning/PlanningQueries.cs",
        "src/Hub.Domain/Persistence/DesignTimeFactories.cs",
    ];

    [Fact]
    public void No_public_member_can_replace_or_widen_a_scope()
    {
        Type[] holders = [typeof(AccessScope), typeof(RequestAccess), typeof(Caller), typeof(HubDbContext)];
        var writable = holders
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => $"{property.DeclaringType!.Name}.{property.Name}")
            .Where(name => !name.StartsWith("DbContext.", StringComparison.Ordinal));

        Assert.Empty(writable);
        Assert.Empty(typeof(AccessScope).GetConstructors());
        Assert.Empty(typeof(Caller).GetConstructors());
        Assert.DoesNotContain(typeof(Caller).GetProperties(BindingFlags.Public | BindingFlags.Static), p => ((Caller)p.GetValue(null)!).Unrestricted);
    }

    [Fact]
    public void Only_system_work_reaches_system_access_and_only_authentication_binds_a_request()
    {
        Assert.Equal(SystemWork, SourcesMentioning("SystemAccess."));
        Assert.Equal(["src/Hub.Api/Access/RequestAuthentication.cs"], SourcesMentioning("<RequestAccess>().BindAsync("));
    }

    [Fact]
    public void Row_scope_conditions_never_test_the_callers_kind_since_each_kind_has_a_model_of_its_own()
    {
        // A flag tested inside a condition would come back as a parameter in every kind's SQL (issue 18):
        // a condition belongs under the reach it serves, [Reach.X] = (db, row) => ….
        var scopes = File.ReadAllText(Repository.File("src/Hub.Domain/Access/RowScopes.cs"));

        Assert.DoesNotContain("Caller.Reaches", scopes, StringComparison.Ordinal);
        Assert.DoesNotContain("Caller.Unrestricted", scopes, StringComparison.Ordinal);
    }

    private static string[] SourcesMentioning(string text) =>
        Directory.EnumerateFiles(Repository.File("src"), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("src/Hub.Domain/Access/", StringComparison.Ordinal) && !path.Contains("/obj/") && !path.Contains("/bin/"))
            .Where(path => File.ReadAllText(Repository.File(path)).Contains(text, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
}
