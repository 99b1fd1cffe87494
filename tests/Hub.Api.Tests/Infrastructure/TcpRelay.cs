using System.Net;
using System.Net.Sockets;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// A TCP relay between the hub and its database, to play outages without stopping the shared
/// test server: <see cref="Cut"/> drops every open connection and refuses new ones (a database
/// killed), <see cref="Restore"/> accepts again (restarted), <see cref="Stall"/> keeps
/// connections open but forwards nothing (a database stopped with SIGSTOP).
/// </summary>
public sealed class TcpRelay : IAsyncDisposable
{
    private readonly IPEndPoint target;
    private readonly List<Socket> open = [];
    private TcpListener? listener;
    private volatile TaskCompletionSource flowing = Flowing();

    public TcpRelay(string host, int port)
    {
        target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    /// <summary>The loopback port the hub connects to.</summary>
    public int Port { get; }

    public void Restore()
    {
        flowing.TrySetResult();
        if (listener is not null)
            return;
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _ = AcceptAsync(listener);
    }

    public void Cut()
    {
        listener?.Stop();
        listener = null;
        lock (open)
        {
            foreach (var socket in open)
                socket.Close(0);
            open.Clear();
        }
    }

    public void Stall() => flowing = Flowing();

    public ValueTask DisposeAsync()
    {
        Cut();
        flowing.TrySetResult();
        return ValueTask.CompletedTask;
    }

    private static TaskCompletionSource Flowing() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task AcceptAsync(TcpListener accepting)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await accepting.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(target);
            lock (open)
                open.AddRange([client.Client, server.Client]);
            await Task.WhenAny(PumpAsync(client.GetStream(), server.GetStream()), PumpAsync(server.GetStream(), client.GetStream()));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The relay was cut or one side closed: the other side goes too.
        }
        finally
        {
            lock (open)
                open.RemoveAll(socket => socket == client.Client || socket == server.Client);
            client.Dispose();
        }
    }

    private async Task PumpAsync(Stream from, Stream to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer)) > 0)
            {
                await flowing.Task;
                await to.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Cut: the relay closed this side.
        }
    }
}
