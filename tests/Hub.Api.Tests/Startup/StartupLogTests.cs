using System.Collections.Concurrent;
using Hub.Api.Extensions;
using Hub.Api.Tests.Infrastructure;
using Hub.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Api.Tests.Startup;

/// <summary>
/// A first start's log (issue 12 §7): the database without secrets, the migrations applied, how long
/// seeding took, and no error line — on PostgreSQL the database does not even exist before it.
/// </summary>
public sealed class StartupLogTests
{
    [Fact]
    public async Task First_start_on_sqlite_logs_the_database_the_migrations_and_the_seeding()
    {
        using var database = new SqliteTestDatabase();

        var logs = await FirstStartAsync("Sqlite", database.ConnectionString);

        AssertTellsWhatStartupDid(logs, "Sqlite (Data Source=");
    }

    [Fact]
    public async Task First_start_on_a_new_postgres_database_logs_what_it_did_and_no_failure()
    {
        var name = $"hub_first_start_{Guid.NewGuid():N}";
        try
        {
            var logs = await FirstStartAsync("Postgres", PostgresTestServer.ConnectionString(name));

            AssertTellsWhatStartupDid(logs, $"Postgres (Host=");
            Assert.Contains(logs, line => line.Text.Contains($"Database={name}", StringComparison.Ordinal));
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task A_start_with_an_otlp_endpoint_says_where_telemetry_goes_and_no_credentials()
    {
        using var database = new SqliteTestDatabase();

        var logs = await FirstStartAsync("Sqlite", database.ConnectionString, ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://user:secret@127.0.0.1:4318/otlp"));

        Assert.Contains(logs, line => line.Category == StartupLog.Category
            && line.Text.StartsWith("OpenTelemetry on: traces and metrics exported over OTLP to http://127.0.0.1:4318/otlp ", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, line => line.Text.Contains("secret", StringComparison.Ordinal));
    }

    private static void AssertTellsWhatStartupDid(IReadOnlyCollection<LogLine> logs, string database)
    {
        Assert.Empty(logs.Where(line => line.Level >= LogLevel.Error).Select(line => $"{line.Level} {line.Category}: {line.Text}"));
        Assert.DoesNotContain(logs, line => line.Text.Contains("Password", StringComparison.OrdinalIgnoreCase));
        var startup = logs.Where(line => line.Category == StartupLog.Category).Select(line => line.Text).ToList();
        Assert.Contains(startup, text => text.StartsWith($"Database {database}", StringComparison.Ordinal) && !text.Contains(": 0 migrations", StringComparison.Ordinal));
        Assert.Contains(startup, text => text.StartsWith("Seeded demo data: 20 persons", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyCollection<LogLine>> FirstStartAsync(string provider, string connectionString, params (string Key, string Value)[] settings)
    {
        var logs = new LogCollector();
        await using var hub = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Hub:Database:Provider", provider)
                .UseSetting("Hub:Database:ConnectionString", connectionString)
                .UseSetting("Hub:Seed:Persons", "20")
                .UseSetting("Hub:Auth:SigningKey", TestCallers.SigningKey)
                .ConfigureLogging(logging => logging.AddProvider(logs));
            foreach (var (key, value) in settings)
                web.UseSetting(key, value);
        });
        _ = hub.Services;
        return logs.Lines;
    }

    private sealed record LogLine(string Category, LogLevel Level, string Text);

    /// <summary>Keeps every line the hub logs, with the levels its configuration lets through.</summary>
    private sealed class LogCollector : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogLine> lines = new();

        public IReadOnlyCollection<LogLine> Lines => lines.ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(new LogLine(category, logLevel, formatter(state, exception)));
        }
    }
}
