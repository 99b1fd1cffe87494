using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Hub.Api.Tests.Events;

/// <summary>
/// A Redis of the test's own (Debian's redis-server, in the foreground, nothing saved), which the test may
/// stop and start again on the same port: the shared one of the test command must stay up for the others.
/// </summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private readonly int port = FreePort();
    private Process? server;

    /// <summary>"127.0.0.1:port", as Hub:Events:Redis takes it.</summary>
    public string Address => $"127.0.0.1:{port}";

    public static async Task<RedisProcess> StartedAsync()
    {
        var redis = new RedisProcess();
        await redis.StartAsync();
        return redis;
    }

    /// <summary>Starts the server and waits until it takes connections.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
            start.ArgumentList.Add(argument);
        server = Process.Start(start)!;
        server.BeginOutputReadLine();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, patience.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, patience.Token);
            }
        }
    }

    /// <summary>Kills the server (as a crash would): connected nodes lose it at once.</summary>
    public async Task StopAsync()
    {
        if (server is null)
            return;
        server.Kill();
        await server.WaitForExitAsync();
        server.Dispose();
        server = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
