using Hub.Api.Events;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Events;

/// <summary>Retention: events older than Hub:Events:RetentionDays go; positions are never handed out again.</summary>
[Collection(EventsCollection.Name)]
public sealed class OutboxRetentionTests(EventsHost host) : HubApiTest(host)
{
    [Fact]
    public async Task Events_past_retention_are_deleted_and_their_positions_never_come_back()
    {
        var world = await EventWorld.CreateAsync(Host);
        var old = CareWorld(await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId));
        var oldPosition = await world.Care.Read(db => db.OutboxEvents.Where(e => e.EntityId == old).Select(e => e.Position).SingleAsync());
        await world.Care.Read(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE \"OutboxEvents\" SET \"OccurredAt\" = {DateTimeOffset.UtcNow.AddDays(-31)} WHERE \"Position\" <= {oldPosition}"));

        var deleted = await Host.Services.GetRequiredService<OutboxRetention>().DeleteExpiredAsync(CancellationToken.None);
        var fresh = CareWorld(await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId));

        Assert.True(deleted > 0);
        Assert.False(await world.Care.Read(db => db.OutboxEvents.AnyAsync(e => e.Position <= oldPosition)));
        Assert.True(await world.Care.Read(db => db.OutboxEvents.Where(e => e.EntityId == fresh).Select(e => e.Position).SingleAsync()) > oldPosition);
    }

    private static Guid CareWorld(string globalId) => Hub.Api.Tests.Care.CareWorld.Key(globalId);
}
