namespace Hub.Api.Health;

/// <summary>Open health endpoints for load balancers and orchestrators.</summary>
public static class HealthEndpoints
{
    public static void MapHubHealth(this IEndpointRouteBuilder endpoints)
    {
        // Live: the process answers. Ready: it can also reach its database, within the probe's
        // timeout, so a probe answers before the orchestrator's own timeout even when the database stalls.
        endpoints.MapGet("/health", () => Results.Text("Healthy"));
        endpoints.MapGet("/health/live", () => Results.Text("Healthy"));
        endpoints.MapGet("/health/ready", async (DatabaseCircuit circuit) => await circuit.ProbeAsync() is { } problem
            ? Results.Text($"Unhealthy: database {problem}", statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Text("Healthy"));
    }
}
