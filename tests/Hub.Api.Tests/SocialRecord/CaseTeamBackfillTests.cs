using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Care;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Api.Tests.SocialRecord;

/// <summary>The data migration CaseTeamBackfill: a case with a manager and no team row gets its manager's membership.</summary>
public abstract class CaseTeamBackfillTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_case_with_a_manager_and_no_team_row_gets_a_case_manager_membership_from_its_opening()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync(CareWorld.Today.AddDays(-40));
        await world.SocialWorker.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId }, "careCase");
        var key = CareWorld.Key(caseId);
        await using var scope = Host.SystemScope();
        var db = Host.SystemContext(scope);
        // As a case opened before teams existed: a manager, no membership.
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM \"CaseTeamMembers\" WHERE \"CareCaseId\" = {key}");

        // Its Down changes nothing, so stepping back over it and forward again runs its Up once more on this database.
        var migrations = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_CaseTeamBackfill", StringComparison.Ordinal)) - 1]);
        await migrator.MigrateAsync();

        var careCase = await db.CareCases.AsNoTracking().SingleAsync(c => c.Id == key);
        var member = Assert.Single(careCase.Team);
        Assert.Equal((careCase.CaseManagerId, CaseTeamRole.CaseManager, careCase.OpenedOn, (DateOnly?)null), ((Guid?)member.StaffMemberId, member.Role, member.From, member.To));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCaseTeamBackfillTests(HubApiFactory host) : CaseTeamBackfillTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCaseTeamBackfillTests(PostgresHubApiFactory host) : CaseTeamBackfillTests(host);
