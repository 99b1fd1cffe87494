using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Events;

/// <summary>
/// Deletes outbox events older than <see cref="EventsOptions.RetentionDays"/>, at start and then hourly.
/// Positions are identities, so a deleted event's position is never handed out again.
/// </summary>
public sealed class OutboxRetention(IServiceProvider services, EventsOptions options, TimeProvider clock, ILogger<OutboxRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tried again at the next tick; a failure must never stop the host.
                logger.LogWarning("Outbox retention skipped: {Message}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Deletes the events older than the retention period; how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.RetentionDays);
        await using var scope = SystemAccess.CreateScope(services);
        return await scope.ServiceProvider.GetRequiredService<HubDbContext>().OutboxEvents.Where(e => e.OccurredAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
