using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Domain.Tests.Persistence;

/// <summary>Contexts that are built but never connect: the model and migrations need no server.</summary>
internal static class OfflineContext
{
    public static HubDbContext Create(DatabaseProvider provider) => Hub.Domain.Access.SystemAccess.CreateContext(new DatabaseOptions
    {
        Provider = provider,
        ConnectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.Postgres => "Host=unused.invalid;Database=hub",
            _ => "Server=unused.invalid;Database=hub;TrustServerCertificate=true",
        },
    });
}

public sealed class ModelSnapshotTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void Model_has_no_changes_missing_from_its_migrations(DatabaseProvider provider)
    {
        using var db = OfflineContext.Create(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The model differs from the {provider} migrations snapshot: add a migration.");
    }
}

/// <summary>SQL Server cannot run here, so its migrations are checked as the script they generate.</summary>
public sealed class SqlServerModelTests
{
    // Generating the script builds every migration; once is enough for all assertions.
    private static readonly Lazy<string> Script = new(() =>
    {
        using var db = OfflineContext.Create(DatabaseProvider.SqlServer);
        return db.GetService<IMigrator>().GenerateScript();
    });

    [Fact]
    public void Migration_script_creates_the_Persons_table()
    {
        Assert.Contains("CREATE TABLE [Persons]", Script.Value);
    }

    [Fact]
    public void Migration_script_makes_the_person_identifier_unique()
    {
        Assert.Contains("CREATE UNIQUE INDEX [IX_Persons_Identifier] ON [Persons] ([Identifier]);", Script.Value);
    }

    [Fact]
    public void Migration_script_checks_module_occupancy()
    {
        Assert.Contains("CONSTRAINT [CK_StructureModules_Occupancy] CHECK (\"OccupiedPlaces\" >= 0 AND \"OccupiedPlaces\" <= \"ContractedPlaces\")", Script.Value);
    }

    [Fact]
    public void Migration_script_stores_long_text_as_nvarchar_max()
    {
        Assert.Contains("[Notes] nvarchar(max) NULL", Script.Value);
    }

    [Fact]
    public void Migration_script_bounds_ordinary_text_to_its_max_length()
    {
        Assert.Contains("[Identifier] nvarchar(16) NOT NULL", Script.Value);
    }
}
