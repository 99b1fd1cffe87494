using System.Diagnostics;
using Hub.Api.Telemetry;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Hub.Api.Tests.Telemetry;

/// <summary>Issue 18: OpenTelemetry traces and metrics over OTLP, set by the standard OTEL_* variables, off by default.</summary>
[Collection(HubApiCollection.Name)]
public sealed class TelemetryTests(HubApiFactory factory) : HubApiTest(factory)
{
    private const string Probe = "query TelemetryProbe { persons(first: 3) { nodes { lastName } } }";

    [Fact]
    public async Task Without_an_otlp_endpoint_no_telemetry_is_set_up_and_no_statement_is_counted()
    {
        await Host.CreateClient().DataAsync(Probe);

        Assert.Null(Host.Services.GetService<TracerProvider>());
        Assert.DoesNotContain(Host.Services.GetServices<IInterceptor>(), interceptor => interceptor is StatementTally);
    }

    [Fact]
    public async Task With_an_otlp_endpoint_each_operation_is_a_span_with_its_statements_and_audit_events_exported_with_metrics()
    {
        await using var collector = await OtlpCollector.StartAsync();
        using var host = Host.WithWebHostBuilder(web => web
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint)
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100")
            .UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "200"));
        var spans = new List<Activity>();
        using var listener = Listen(spans);

        await host.CreateClient().DataAsync(Probe);

        var span = Assert.Single(Snapshot(spans), s => s.DisplayName == "query TelemetryProbe");
        Assert.Equal("TelemetryProbe", span.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", span.GetTagItem("graphql.operation.type"));
        // A page of persons is at least its read; each person read is an audit event, written in the same request.
        Assert.True((int)span.GetTagItem("hub.db.statements")! >= 2);
        Assert.Equal(3, span.GetTagItem("hub.audit.events"));
        Assert.Equal("application/x-protobuf", await collector.WaitForAsync("/v1/traces", "query TelemetryProbe"));
        await collector.WaitForAsync("/v1/metrics", "hub.db.statements");
        await collector.WaitForAsync("/v1/metrics", "hub.graphql.request.duration");
    }

    private static ActivityListener Listen(List<Activity> spans)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == HubTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (spans)
                    spans.Add(activity);
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static List<Activity> Snapshot(List<Activity> spans)
    {
        lock (spans)
            return [.. spans];
    }
}
