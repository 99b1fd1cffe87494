using Hub.Domain.Access;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.Domain.Persistence;

// Used by `dotnet ef migrations add` only: each provider's migrations are generated
// from its own context type, without a running database.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHubDbContext>
{
    public SqliteHubDbContext CreateDbContext(string[] args) =>
        (SqliteHubDbContext)SystemAccess.CreateContext(new() { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" });
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHubDbContext>
{
    public PostgresHubDbContext CreateDbContext(string[] args) =>
        (PostgresHubDbContext)SystemAccess.CreateContext(new() { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=localhost;Database=hub" });
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerHubDbContext>
{
    public SqlServerHubDbContext CreateDbContext(string[] args) =>
        (SqlServerHubDbContext)SystemAccess.CreateContext(new() { Provider = DatabaseProvider.SqlServer, ConnectionString = "Server=localhost;Database=hub;TrustServerCertificate=true" });
}
