using Hub.Api.Access;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>
/// Issue 18: request contexts are pooled (HubContextPools). A pooled context keeps the model, and so the row scopes, of the
/// kind of caller it first served: it must only ever serve that kind again, and hold no scope between leases.
/// </summary>
public abstract class ContextPoolTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_context_returned_to_its_pool_serves_the_next_callers_of_its_kind_only_and_with_their_scope()
    {
        var world = await AccessWorld.OfAsync(Host);
        List<(AccessScope Scope, Guid Instance, object Model)> hospital = [], worker = [];
        // Leases in turn, each returned before the next: a pool hands out its idle contexts in turn (EF Core's pool is a queue,
        // and earlier tests may have left several), so enough leases come back to instances already used.
        for (var lease = 0; lease < 100; lease++)
        {
            hospital.Add(await LeaseAsync(world.Callers[Role.DischargePlanner]));
            worker.Add(await LeaseAsync(world.Callers[Role.SocialWorker]));
        }

        Assert.True(hospital.Select(h => h.Instance).Distinct().Count() < hospital.Count, "contexts should come back from the pool");
        // No instance serves both kinds; each kind's instances hold its model, and each lease the scope of its caller.
        Assert.Empty(hospital.Select(h => h.Instance).Intersect(worker.Select(w => w.Instance)));
        Assert.All(hospital, h => Assert.Same(hospital[0].Model, h.Model));
        Assert.All(worker, w => Assert.Same(worker[0].Model, w.Model));
        Assert.NotSame(hospital[0].Model, worker[0].Model);
        Assert.All(hospital, h => Assert.Equal("dp", h.Scope.Actor));
        Assert.All(worker, w => Assert.Equal("sw", w.Scope.Actor));
    }

    [Fact]
    public async Task A_context_back_in_its_pool_holds_no_scope()
    {
        var world = await AccessWorld.OfAsync(Host);
        HubDbContext db;
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            db = await RoleCallers.ContextAsAsync(scope, world.Callers[Role.SocialWorker]);
            Assert.Equal("sw", db.Scope.Actor);
        }

        Assert.Throws<InvalidOperationException>(() => db.Scope);
    }

    [Fact]
    public async Task Callers_of_different_kinds_in_turn_each_read_their_own_rows_through_pooled_contexts()
    {
        var world = await AccessWorld.OfAsync(Host);
        var expected = new Dictionary<Role, int>();
        foreach (var role in new[] { Role.SocialWorker, Role.MunicipalOfficer, Role.DischargePlanner, Role.Auditor })
            expected[role] = await CountPersonsAsync(world.Callers[role]);

        // Round after round, each kind's count stays its own: no context carries one kind's row scopes to another.
        for (var round = 0; round < 3; round++)
            foreach (var (role, count) in expected)
                Assert.Equal(count, await CountPersonsAsync(world.Callers[role]));
        Assert.NotEqual(expected[Role.SocialWorker], expected[Role.Auditor]);
    }

    private async Task<int> CountPersonsAsync(CallerClaimSet caller)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await (await RoleCallers.ContextAsAsync(scope, caller)).Persons.CountAsync();
    }

    private async Task<(AccessScope Scope, Guid Instance, object Model)> LeaseAsync(CallerClaimSet caller)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = await RoleCallers.ContextAsAsync(scope, caller);
        await db.Persons.CountAsync();
        return (db.Scope, db.ContextId.InstanceId, db.Model);
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteContextPoolTests(HubApiFactory factory) : ContextPoolTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresContextPoolTests(PostgresHubApiFactory factory) : ContextPoolTests(factory);
