namespace Hub.Domain.Persistence;

/// <summary>The <c>Hub:Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Hub:Database";

    public const string DefaultSqliteConnection = "Data Source=data/hub.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Connection string; SQLite defaults to the file <c>data/hub.db</c>.</summary>
    public string? ConnectionString { get; set; }

    public string EffectiveConnectionString =>
        ConnectionString ?? (Provider == DatabaseProvider.Sqlite
            ? DefaultSqliteConnection
            : throw new InvalidOperationException($"{Section}:ConnectionString is required for {Provider}."));
}
