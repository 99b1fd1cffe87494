using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Telemetry;

/// <summary>
/// A stand-in OpenTelemetry collector: a real HTTP listener on a free local port taking OTLP/HTTP exports
/// (<c>POST /v1/traces</c>, <c>/v1/metrics</c>) and keeping their bodies. Protobuf carries strings as UTF-8
/// bytes, so a span's or an instrument's name is found in a body without decoding it.
/// </summary>
internal sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> exports = new();

    private OtlpCollector()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            exports.Enqueue((http.Request.Path, http.Request.ContentType ?? "", body.ToArray()));
            // An empty ExportTraceServiceRequest/ExportMetricsServiceResponse: full success.
            http.Response.ContentType = "application/x-protobuf";
        });
    }

    /// <summary>The base URL for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
    public string Endpoint => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public static async Task<OtlpCollector> StartAsync()
    {
        var collector = new OtlpCollector();
        await collector.app.StartAsync();
        return collector;
    }

    /// <summary>Waits up to 30 s for an export to <paramref name="path"/> whose body holds <paramref name="text"/>; returns its content type.</summary>
    public async Task<string> WaitForAsync(string path, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            foreach (var export in exports)
            {
                if (export.Path == path && export.Body.AsSpan().IndexOf(needle) >= 0)
                    return export.ContentType;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No export to {path} held '{text}' within 30 s; exports seen: {string.Join(", ", exports.Select(e => e.Path))}.");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
