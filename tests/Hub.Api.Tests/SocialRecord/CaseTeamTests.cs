using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.SocialRecord;

public abstract class CaseTeamTests(HubApiHost host) : HubApiTest(host)
{
    private const string Case = "query($id: ID!) { node(id: $id) { ... on CareCase { status diary { totalCount } person { lastName } } } }";
    private const string Team = "id caseManager { id } team { id role from to staffMember { id } }";

    [Fact]
    public async Task A_social_worker_of_another_zone_on_the_team_reads_the_case_and_no_longer_once_the_membership_ends()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        Assert.Equal(JsonValueKind.Null, (await world.OtherZoneWorker.Client.DataAsync(Case, new { id = caseId })).At("node").ValueKind);

        var joined = await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "SOCIAL_WORKER" }, "careCase", Team);
        var asMember = await world.OtherZoneWorker.Client.DataAsync(Case, new { id = caseId });
        await world.SocialWorker.Succeed("endCaseTeamMembership", "EndCaseTeamMembershipInput",
            new { careCaseId = caseId, membershipId = joined.At("team")[0].At("id").GetString() }, "careCase");
        var afterwards = await world.OtherZoneWorker.Client.DataAsync(Case, new { id = caseId });

        Assert.Equal(("REFERRED", 0), (asMember.At("node", "status").GetString(), asMember.At("node", "diary", "totalCount").GetInt32()));
        // The case's person comes with the case, though a resident of another zone.
        Assert.False(string.IsNullOrEmpty(asMember.At("node", "person", "lastName").GetString()));
        Assert.Equal(JsonValueKind.Null, afterwards.At("node").ValueKind);
    }

    [Fact]
    public async Task A_membership_that_ended_yesterday_no_longer_reaches_the_case_and_both_dates_stay_on_the_team()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync(CareWorld.Today.AddDays(-30));
        var joined = await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "EDUCATOR", from = CareWorld.Today.AddDays(-20).ToString("yyyy-MM-dd") }, "careCase", Team);

        var ended = await world.SocialWorker.Succeed("endCaseTeamMembership", "EndCaseTeamMembershipInput",
            new { careCaseId = caseId, membershipId = joined.At("team")[0].At("id").GetString(), to = CareWorld.Today.AddDays(-1).ToString("yyyy-MM-dd") }, "careCase", Team);

        var member = Assert.Single(ended.At("team").EnumerateArray());
        Assert.Equal(("EDUCATOR", CareWorld.Today.AddDays(-20).ToString("yyyy-MM-dd"), CareWorld.Today.AddDays(-1).ToString("yyyy-MM-dd")),
            (member.At("role").GetString(), member.At("from").GetString(), member.At("to").GetString()));
        Assert.Equal(JsonValueKind.Null, (await world.OtherZoneWorker.Client.DataAsync(Case, new { id = caseId })).At("node").ValueKind);
    }

    [Fact]
    public async Task Naming_a_case_manager_ends_the_previous_ones_membership_and_keeps_case_manager_in_step()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId }, "careCase");

        var changed = await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "CASE_MANAGER" }, "careCase", Team);

        Assert.Equal(world.OtherZoneWorkerId, changed.At("caseManager", "id").GetString());
        var team = changed.At("team").EnumerateArray().ToList();
        Assert.Equal([(world.SocialWorkerId, "CASE_MANAGER", CareWorld.Today.ToString("yyyy-MM-dd")), (world.OtherZoneWorkerId, "CASE_MANAGER", null)],
            team.Select(m => (m.At("staffMember", "id").GetString(), m.At("role").GetString(), m.At("to").ValueKind == JsonValueKind.Null ? null : m.At("to").GetString())));
    }

    [Fact]
    public async Task The_case_managers_membership_ends_only_when_another_is_named()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var assigned = await world.SocialWorker.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId }, "careCase", Team);

        var error = await world.SocialWorker.Refused("endCaseTeamMembership", "EndCaseTeamMembershipInput",
            new { careCaseId = caseId, membershipId = assigned.At("team")[0].At("id").GetString() }, "careCase");

        Assert.Equal(("ValidationError", "membershipId"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Fact]
    public async Task A_team_change_on_a_case_read_at_an_older_version_is_refused_and_each_change_is_audited_with_its_case()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var read = await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "NURSE" }, "careCase");

        var error = await world.SocialWorker.Refused("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.SocialWorkerId, role = "EDUCATOR", expectedVersion = read.At("version").GetInt64() - 1 }, "careCase");

        Assert.Equal("ConcurrencyError", error.At("__typename").GetString());
        var audited = await Read(db => db.AuditEvents.Where(e => e.Mutation == "addCaseTeamMember" && e.EntityId == CareWorld.Key(caseId)).Select(e => e.Outcome).ToListAsync());
        Assert.Equal([Hub.Domain.Audit.AuditOutcome.Success, Hub.Domain.Audit.AuditOutcome.Failed], audited.Order());
    }

    [Fact]
    public async Task Closing_a_case_ends_its_team_so_a_member_of_another_zone_no_longer_reaches_the_case_or_its_person()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "EDUCATOR" }, "careCase");
        var key = CareWorld.Key(caseId);
        var personId = await Read(db => db.CareCases.Where(c => c.Id == key).Select(c => c.PersonId).SingleAsync());

        var closed = await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase", Team);
        var reached = await world.OtherZoneWorker.Client.DataAsync("query($c: ID!, $p: ID!) { nodes(ids: [$c, $p]) { id } }",
            new { c = caseId, p = Hub.Api.GraphQL.Relay.GlobalId.Encode("Person", personId) });

        Assert.All(closed.At("team").EnumerateArray(), member => Assert.Equal(CareWorld.Today.ToString("yyyy-MM-dd"), member.At("to").GetString()));
        Assert.Equal(JsonValueKind.Null, closed.At("caseManager").ValueKind);
        Assert.All(reached.At("nodes").EnumerateArray(), node => Assert.Equal(JsonValueKind.Null, node.ValueKind));
    }

    [Fact]
    public async Task A_member_of_another_zone_works_on_the_case_but_neither_closes_cancels_moves_nor_changes_its_team()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "SOCIAL_WORKER" }, "careCase");

        var refused = new[]
        {
            await world.OtherZoneWorker.Refused("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase"),
            await world.OtherZoneWorker.Refused("cancelCase", "CaseActionInput", new { careCaseId = caseId }, "careCase"),
            await world.OtherZoneWorker.Refused("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase"),
            await world.OtherZoneWorker.Refused("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento" }, "careCase"),
            await world.OtherZoneWorker.Refused("addCaseTeamMember", "AddCaseTeamMemberInput",
                new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "EDUCATOR" }, "careCase"),
        };
        await world.OtherZoneWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput",
            new { careCaseId = caseId, kind = "NOTE", participants = Array.Empty<string>(), text = "Colloquio.", sensitivity = "SOCIAL" }, "diaryEntry");
        var started = await world.SocialWorker.Succeed("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase", "status");

        Assert.All(refused, error => Assert.Equal("ForbiddenError", error.At("__typename").GetString()));
        Assert.Equal("ASSESSING", started.At("status").GetString());
    }

    [Fact]
    public async Task A_comune_learns_neither_the_role_nor_the_staff_member_of_a_clinical_membership()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "PSYCHOLOGIST" }, "careCase");

        var read = await world.Desk.Client.QueryAsync("query($id: ID!) { node(id: $id) { ... on CareCase { team { role staffMember { profession } } } } }", new { id = caseId });
        var member = Assert.Single(read.At("data", "node", "team").EnumerateArray());

        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (member.At("role").ValueKind, member.At("staffMember").ValueKind));
        Assert.Equal(["FORBIDDEN", "FORBIDDEN"], read.At("errors").EnumerateArray().Select(e => e.At("extensions", "code").GetString()));
    }

    private async Task<T> Read<T>(Func<Hub.Domain.Persistence.HubDbContext, Task<T>> read)
    {
        await using var scope = Host.SystemScope();
        return await read(Host.SystemContext(scope));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCaseTeamTests(HubApiFactory host) : CaseTeamTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCaseTeamTests(PostgresHubApiFactory host) : CaseTeamTests(host);
