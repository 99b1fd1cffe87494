using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Health;

/// <summary>Open health endpoints for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    // A probe must answer before the orchestrator's own timeout, even when the database stalls.
    private static readonly TimeSpan DatabaseProbeTimeout = TimeSpan.FromSeconds(2);

    public static void MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        // Live: the process answers. Ready: it can also reach its database.
        endpoints.MapGet("/health", () => Results.Text("Healthy"));
        endpoints.MapGet("/health/live", () => Results.Text("Healthy"));
        endpoints.MapGet("/health/ready", async (HubDbContext db, CancellationToken ct) => await ProbeDatabaseAsync(db, ct) is { } problem
            ? Results.Text($"Unhealthy: database {problem}", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("Healthy"));
    }

    /// <summary>Null when a round trip to the database succeeds; otherwise what is wrong, in words.</summary>
    private static async Task<string?> ProbeDatabaseAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DatabaseProbeTimeout);
        try
        {
            // A statement, not just an open: a pooled connection opens fine after the server died.
            await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"not answering within {DatabaseProbeTimeout.TotalSeconds:0} s";
        }
        catch (Exception e) when (DatabaseFailure.IsDatabaseError(e) || DatabaseFailure.IsUnavailable(e))
        {
            DatabaseFailure.ForgetIdleConnections();
            return "unreachable";
        }
    }
}
