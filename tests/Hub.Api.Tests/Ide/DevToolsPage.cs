using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Hub.Api.Tests.Ide;

/// <summary>
/// Just enough of the Chrome DevTools Protocol to drive one page: evaluate script, type text, take a screenshot.
/// A single-page app like the IDE builds its screen after the load event, so the test waits in
/// the page for what a user would wait for, instead of dumping the DOM at an arbitrary moment.
/// </summary>
public sealed class DevToolsPage(ClientWebSocket socket) : IDisposable
{
    private int lastCommandId;

    public static async Task<DevToolsPage> ConnectAsync(Uri webSocketDebuggerUrl, CancellationToken cancellation)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(webSocketDebuggerUrl, cancellation);
        return new DevToolsPage(socket);
    }

    /// <summary>Waits until a button with this label shows; clicks it. False if it never shows.</summary>
    public Task<bool> ClickButtonWhenShownAsync(string label, TimeSpan timeout, CancellationToken cancellation) =>
        WaitInPageAsync(
            $"(() => {{ const button = [...document.querySelectorAll('button')].find(b => b.innerText.trim() === {JsonSerializer.Serialize(label)}); button?.click(); return !!button; }})()",
            timeout, cancellation);

    /// <summary>Waits until the visible text contains this text. False if it never does.</summary>
    public Task<bool> WaitForTextAsync(string text, TimeSpan timeout, CancellationToken cancellation) =>
        WaitInPageAsync($"document.body.innerText.includes({JsonSerializer.Serialize(text)})", timeout, cancellation);

    /// <summary>Waits until the visible text no longer contains this text. False if it still does.</summary>
    public Task<bool> WaitForTextGoneAsync(string text, TimeSpan timeout, CancellationToken cancellation) =>
        WaitInPageAsync($"!document.body.innerText.includes({JsonSerializer.Serialize(text)})", timeout, cancellation);

    /// <summary>
    /// Waits until an element matching <paramref name="selector"/> shows, focuses it and inserts
    /// <paramref name="text"/> as typing would (one input event, so an editor does not auto-close brackets
    /// key by key). False if the element never shows.
    /// </summary>
    public async Task<bool> TypeWhenShownAsync(string selector, string text, TimeSpan timeout, CancellationToken cancellation)
    {
        var focused = await WaitInPageAsync(
            $"(() => {{ const element = document.querySelector({JsonSerializer.Serialize(selector)}); element?.focus(); return !!element && document.activeElement === element; }})()",
            timeout, cancellation);
        if (focused)
            await SendAsync("Input.insertText", new { text }, cancellation);
        return focused;
    }

    public async Task SaveScreenshotAsync(string path, CancellationToken cancellation)
    {
        var result = await SendAsync("Page.captureScreenshot", new { format = "png" }, cancellation);
        await File.WriteAllBytesAsync(path, result.GetProperty("data").GetBytesFromBase64(), cancellation);
    }

    private async Task<bool> WaitInPageAsync(string condition, TimeSpan timeout, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                var result = await SendAsync("Runtime.evaluate", new { expression = condition, returnByValue = true }, cancellation);
                if (result.GetProperty("result").GetProperty("value").GetBoolean())
                    return true;
            }
            catch (DevToolsException)
            {
                // The page is between documents (its first load, or the IDE reloading itself): no script to run yet.
            }
            if (DateTime.UtcNow > deadline)
                return false;
            await Task.Delay(200, cancellation);
        }
    }

    private async Task<JsonElement> SendAsync(string method, object parameters, CancellationToken cancellation)
    {
        var id = ++lastCommandId;
        var command = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters });
        await socket.SendAsync(command, WebSocketMessageType.Text, endOfMessage: true, cancellation);
        while (true)
        {
            // Events we did not subscribe to may still arrive; only our command's answer counts.
            using var message = JsonDocument.Parse(await ReceiveAsync(cancellation));
            if (!message.RootElement.TryGetProperty("id", out var answerId) || answerId.GetInt32() != id)
                continue;
            if (message.RootElement.TryGetProperty("error", out var error))
                throw new DevToolsException($"DevTools {method} failed: {error}");
            return message.RootElement.GetProperty("result").Clone();
        }
    }

    private async Task<string> ReceiveAsync(CancellationToken cancellation)
    {
        using var message = new MemoryStream();
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer, cancellation);
            message.Write(buffer, 0, frame.Count);
        } while (!frame.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    public void Dispose() => socket.Dispose();

    private sealed class DevToolsException(string message) : Exception(message);
}
