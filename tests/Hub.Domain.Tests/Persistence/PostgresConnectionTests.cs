using Hub.Domain.Persistence;
using Npgsql;

namespace Hub.Domain.Tests.Persistence;

/// <summary>
/// The connection settings the hub adds for PostgreSQL (<see cref="HubDatabase"/>): no session reset when a connection goes
/// back to the pool (a <c>DISCARD ALL</c> before every statement otherwise: issue 18's benchmark counted 4,474 of them),
/// a keepalive, a short cancellation timeout. A setting the connection string gives itself wins.
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
    }

    [Theory]
    [InlineData("Host=db.invalid;Database=hub;No Reset On Close=false;Keepalive=30;Cancellation Timeout=2000")]
    [InlineData("Host=db.invalid;Database=hub;NoResetOnClose=false;KEEPALIVE=30;CancellationTimeout=2000")]
    public void A_setting_the_connection_string_gives_wins(string connection)
    {
        var prepared = new NpgsqlConnectionStringBuilder(HubDatabase.PreparePostgres(connection));

        Assert.False(prepared.NoResetOnClose);
        Assert.Equal(30, prepared.KeepAlive);
        Assert.Equal(2000, prepared.CancellationTimeout);
    }
}
