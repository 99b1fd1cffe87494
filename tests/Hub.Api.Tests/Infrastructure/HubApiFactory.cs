using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// The real hub through the real ASP.NET pipeline, on its own SQLite file with a small demo
/// data set. Shared by the tests of one collection; the file is removed on dispose.
/// </summary>
public sealed class HubApiFactory : WebApplicationFactory<Program>
{
    public const int DemoPersons = 150;

    private readonly string folder = Directory.CreateTempSubdirectory("hub-api-").FullName;

    public string DatabasePath => Path.Combine(folder, "hub.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:Database:Provider", "Sqlite");
        builder.UseSetting("Hub:Database:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Hub:Seed:Persons", DemoPersons.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Hub:Seed:Today", "2026-11-01");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class HubApiCollection : ICollectionFixture<HubApiFactory>
{
    public const string Name = "hub api";
}
