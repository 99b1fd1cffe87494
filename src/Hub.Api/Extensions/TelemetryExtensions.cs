using Hub.Api.Telemetry;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Hub.Api.Extensions;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP and configured by the specification's standard
/// variables (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c>,
/// <c>OTEL_METRIC_EXPORT_INTERVAL</c>, …; environment or any configuration source). Off unless an OTLP endpoint
/// is given, and then off again with <c>OTEL_SDK_DISABLED=true</c>: when off, nothing listens and nothing is counted.
/// </summary>
public static class TelemetryExtensions
{
    private static readonly string[] EndpointVariables =
        ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT"];

    /// <summary>Whether <paramref name="configuration"/> names an OTLP endpoint and does not disable the SDK.</summary>
    public static bool IsTelemetryEnabled(IConfiguration configuration) =>
        !string.Equals(configuration["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase)
        && EndpointVariables.Any(name => !string.IsNullOrWhiteSpace(configuration[name]));

    /// <summary>
    /// The OTLP endpoints named, for the start-up log: the general one, else the traces' and the metrics' own; without any user
    /// information an address may carry (credentials belong in <c>OTEL_EXPORTER_OTLP_HEADERS</c>, which is never logged).
    /// </summary>
    public static string EndpointOf(IConfiguration configuration)
    {
        var given = EndpointVariables.Select(name => configuration[name]).Where(value => !string.IsNullOrWhiteSpace(value)).ToList();
        var named = string.IsNullOrWhiteSpace(configuration[EndpointVariables[0]]) ? given : given.Take(1);
        return string.Join(", ", named.Select(value => Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped)
            : "(an address that is not a URI)"));
    }

    /// <summary>
    /// Traces: ASP.NET Core's requests, EF Core's commands (every provider) and the hub's GraphQL operations
    /// (<see cref="OperationTelemetry"/>). Metrics: ASP.NET Core's and the hub's (<see cref="HubTelemetry"/>).
    /// </summary>
    public static IServiceCollection AddHubTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsTelemetryEnabled(configuration))
            return services;
        services.AddSingleton<IInterceptor, StatementTally>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME, read by the SDK itself, names the service when set.
                if (string.IsNullOrWhiteSpace(configuration["OTEL_SERVICE_NAME"]))
                    resource.AddService("hub");
            })
            .WithTracing(tracing => tracing
                .AddSource(HubTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(HubTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter());
        return services;
    }
}
