namespace Hub.Domain.Persistence;

/// <summary>The database engines Hub runs on (<c>Hub:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
