using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hub.Api.Tests.Ide;

/// <summary>
/// A headless Chromium showing one page, driven through <see cref="Page"/>. Its profile lives in a
/// temporary folder, removed with the browser.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>Debian's package (scripts/test.sh installs it), or the one HUB_CHROMIUM names.</summary>
    public static string? Executable { get; } =
        new[] { Environment.GetEnvironmentVariable("HUB_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(File.Exists);

    private readonly Process process;
    private readonly string profile;
    private readonly StringBuilder errors = new();

    private Chromium(Process process, string profile)
    {
        (this.process, this.profile) = (process, profile);
    }

    public DevToolsPage Page { get; private set; } = null!;

    public static async Task<Chromium> OpenAsync(Uri url, CancellationToken cancellation)
    {
        var profile = Directory.CreateTempSubdirectory("hub-chromium-").FullName;
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is not installed"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            // The page under test may call out (updates, sign-in); only the hub on loopback is reachable.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            // Port 0: Chromium picks a free one and writes it to DevToolsActivePort in the profile.
            "--remote-debugging-port=0", $"--user-data-dir={profile}", url.ToString(),
        })
            start.ArgumentList.Add(argument);

        var chromium = new Chromium(Process.Start(start)!, profile);
        chromium.process.ErrorDataReceived += (_, line) => { lock (chromium.errors) chromium.errors.AppendLine(line.Data); };
        chromium.process.OutputDataReceived += (_, _) => { };
        chromium.process.BeginErrorReadLine();
        chromium.process.BeginOutputReadLine();
        try
        {
            chromium.Page = await DevToolsPage.ConnectAsync(await chromium.FindPageAsync(cancellation), cancellation);
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>The page's DevTools socket, once Chromium has written its port and opened the page.</summary>
    private async Task<Uri> FindPageAsync(CancellationToken cancellation)
    {
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        using var http = new HttpClient();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"chromium exited with {process.ExitCode}:\n{Errors}");
            if (File.Exists(portFile) && (await File.ReadAllLinesAsync(portFile, cancellation)) is [var port, ..])
            {
                var targets = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/json/list", cancellation);
                foreach (var target in targets.EnumerateArray())
                    if (target.GetProperty("type").GetString() == "page")
                        return new Uri(target.GetProperty("webSocketDebuggerUrl").GetString()!);
            }
            await Task.Delay(100, cancellation);
        }
    }

    /// <summary>What Chromium printed to stderr, for failure messages.</summary>
    public string Errors
    {
        get { lock (errors) return errors.ToString(); }
    }

    public async ValueTask DisposeAsync()
    {
        Page?.Dispose();
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        Directory.Delete(profile, recursive: true);
    }
}

/// <summary>A test that needs Chromium: skipped, saying why, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
            Skip = "chromium is not installed (scripts/test.sh installs it: apt-get install chromium)";
    }
}
