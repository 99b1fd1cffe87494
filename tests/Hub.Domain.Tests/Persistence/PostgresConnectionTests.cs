using Hub.Domain.Persistence;
using Npgsql;

namespace Hub.Domain.Tests.Persistence;

/// <summary>
/// The connection settings the hub adds for PostgreSQL (<see cref="HubDatabase"/>): no session reset when a connection goes
/// back to the pool (a <c>DISCARD ALL</c> before every statement otherwise: issue 18's benchmark counted 4,474 of them),
/// a keepalive, a short cancellation timeout, statements prepared and run on their generic plan (planned once per connection,
/// not on every request: issue 18). A setting the connection string gives itself wins.
/// </summary>
public sealed class PostgresConnectionTests
{
    [Fact]
    public void A_connection_string_without_them_gets_the_hubs_settings()
    {
        var prepared = new NpgsqlConnectionStringBuilder(HubDatabase.PreparePostgres("Host=db.invalid;Database=hub"));

        Assert.True(prepared.NoResetOnClose);
        Assert.Equal(1, prepared.KeepAlive);
        Assert.Equal(500, prepared.CancellationTimeout);
        Assert.Equal(HubDatabase.PreparedStatements, prepared.MaxAutoPrepare);
        Assert.Equal("-c plan_cache_mode=force_generic_plan", prepared.Options);
    }

    [Theory]
    [InlineData("Host=db.invalid;Database=hub;No Reset On Close=false;Keepalive=30;Cancellation Timeout=2000;Max Auto Prepare=0;Options=-c plan_cache_mode=auto")]
    [InlineData("Host=db.invalid;Database=hub;NoResetOnClose=false;KEEPALIVE=30;CancellationTimeout=2000;MaxAutoPrepare=0;OPTIONS=-c plan_cache_mode=auto")]
    public void A_setting_the_connection_string_gives_wins(string connection)
    {
        var prepared = new NpgsqlConnectionStringBuilder(HubDatabase.PreparePostgres(connection));

        Assert.False(prepared.NoResetOnClose);
        Assert.Equal(30, prepared.KeepAlive);
        Assert.Equal(2000, prepared.CancellationTimeout);
        Assert.Equal(0, prepared.MaxAutoPrepare);
        Assert.Equal("-c plan_cache_mode=auto", prepared.Options);
    }
}
