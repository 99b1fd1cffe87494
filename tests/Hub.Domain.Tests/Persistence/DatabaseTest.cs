using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Hub.Domain.Territory;

namespace Hub.Domain.Tests.Persistence;

/// <summary>
/// Base of every test that touches a database. Written once against <see cref="IDatabaseFixture"/>;
/// each test class has one sealed subclass per database carrying the collection attribute.
/// </summary>
public abstract class DatabaseTest(IDatabaseFixture fixture) : IAsyncLifetime
{
    public const string Actor = "tester";

    // A hung database should fail the test, not stall the whole run; seeding on a loaded two-core machine takes over a minute.
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromMinutes(3));

    /// <summary>Whole seconds, so stamps compare equal after any engine's rounding.</summary>
    protected TestClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    protected CancellationToken Token => timeout.Token;

    protected DatabaseProvider Provider => fixture.Provider;

    /// <summary>Resets before rather than after each test, so a failed test cannot leak rows into the next.</summary>
    public Task InitializeAsync() => fixture.ResetAsync(Token);

    public Task DisposeAsync()
    {
        timeout.Dispose();
        return Task.CompletedTask;
    }

    protected HubDbContext NewContext(string actor = Actor) => fixture.NewContext(Clock, actor);

    /// <summary>A context bound to <paramref name="caller"/>, as a request of that caller would be.</summary>
    protected HubDbContext NewContextAs(Caller caller) => fixture.NewContext(new AccessScope(caller, Clock, []));

    /// <summary>Imports a region in a context of its own, as the CLI verb does.</summary>
    protected async Task<TerritoryImportResult> ImportTerritoryAsync(TerritoryFiles files)
    {
        await using var db = NewContext();
        return await new TerritoryImporter(db).ImportAsync(files, Token);
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
