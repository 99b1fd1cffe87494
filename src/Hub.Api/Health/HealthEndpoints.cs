using Hub.Domain.Persistence;

namespace Hub.Api.Health;

/// <summary>Open health endpoints for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    public static void MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        // Live: the process answers. Ready: it can also reach its database.
        endpoints.MapGet("/health", () => Results.Text("Healthy"));
        endpoints.MapGet("/health/live", () => Results.Text("Healthy"));
        endpoints.MapGet("/health/ready", async (HubDbContext db, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct) ? Results.Text("Healthy") : Results.Text("Unhealthy: database unreachable", statusCode: 503));
    }
}
