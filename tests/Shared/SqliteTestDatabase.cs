using Microsoft.Data.Sqlite;

namespace Hub.Tests.Shared;

/// <summary>
/// A SQLite file in a temporary folder of its own, for the fixtures of every test project: created
/// on demand, copied aside as a snapshot and restored from it, removed with its folder.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hub-test-").FullName;

    public string Path => System.IO.Path.Combine(folder, "hub.db");

    public string ConnectionString => $"Data Source={Path}";

    private string SnapshotPath => System.IO.Path.Combine(folder, "snapshot.db");

    /// <summary>Copies the database aside as it is now (a consistent copy, whatever is open).</summary>
    public void Snapshot()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", SnapshotPath);
        command.ExecuteNonQuery();
    }

    /// <summary>Puts the snapshot back in place of the database: the pooled connections are closed first.</summary>
    public void Restore()
    {
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        File.Copy(SnapshotPath, Path, overwrite: true);
        foreach (var journal in new[] { "-wal", "-shm", "-journal" }.Select(suffix => Path + suffix).Where(File.Exists))
            File.Delete(journal);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open. The web host factory disposes twice (sync and async): once is enough.
        SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
