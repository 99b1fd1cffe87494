using System.Text.Json;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.SocialRecord;

public abstract class CaseTransferTests(HubApiHost host) : HubApiTest(host)
{
    private const string Case = "query($id: ID!) { node(id: $id) { ... on CareCase { zone { id } caseManager { id } pendingTransfer { toZone { id } reason } history { action reason } } } }";

    [Fact]
    public async Task A_transfer_to_another_zone_is_accepted_by_the_receiving_zone_and_the_history_records_it()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId }, "careCase");

        await world.SocialWorker.Succeed("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento di residenza" }, "careCase");
        var pending = await world.OtherZoneWorker.Client.DataAsync(Case, new { id = caseId });
        var byTheSender = await world.SocialWorker.Refused("acceptCaseTransfer", "AcceptCaseTransferInput", new { careCaseId = caseId }, "careCase");
        var accepted = await world.OtherZoneWorker.Succeed("acceptCaseTransfer", "AcceptCaseTransferInput",
            new { careCaseId = caseId, caseManagerId = world.OtherZoneWorkerId }, "careCase", "zone { id } caseManager { id } pendingTransfer { reason } history { action reason }");

        Assert.Equal((world.ZoneId, world.OtherZoneId, "Trasferimento di residenza"),
            (pending.At("node", "zone", "id").GetString(), pending.At("node", "pendingTransfer", "toZone", "id").GetString(), pending.At("node", "pendingTransfer", "reason").GetString()));
        Assert.Equal("ForbiddenError", byTheSender.At("__typename").GetString());
        Assert.Equal((world.OtherZoneId, world.OtherZoneWorkerId, JsonValueKind.Null),
            (accepted.At("zone", "id").GetString(), accepted.At("caseManager", "id").GetString(), accepted.At("pendingTransfer").ValueKind));
        Assert.Equal(["open", "request transfer", "accept transfer"], accepted.At("history").EnumerateArray().Select(t => t.At("action").GetString()));
        // The sending zone's worker was case manager: the membership ended with the transfer, and the case left their reach.
        Assert.Equal(JsonValueKind.Null, (await world.SocialWorker.Client.DataAsync(Case, new { id = caseId })).At("node").ValueKind);
    }

    [Fact]
    public async Task A_declined_transfer_leaves_the_case_where_it_was_and_the_receiving_zone_no_longer_sees_it()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Domicilio presso la figlia" }, "careCase");

        await world.OtherZoneWorker.Succeed("declineCaseTransfer", "DeclineCaseTransferInput", new { careCaseId = caseId, reason = "Residenza non trasferita" }, "careCase");

        var kept = await world.SocialWorker.Client.DataAsync(Case, new { id = caseId });
        Assert.Equal((world.ZoneId, JsonValueKind.Null), (kept.At("node", "zone", "id").GetString(), kept.At("node", "pendingTransfer").ValueKind));
        Assert.Equal(("decline transfer", "Residenza non trasferita"), (kept.At("node", "history")[2].At("action").GetString(), kept.At("node", "history")[2].At("reason").GetString()));
        Assert.Equal(JsonValueKind.Null, (await world.OtherZoneWorker.Client.DataAsync(Case, new { id = caseId })).At("node").ValueKind);
    }

    [Fact]
    public async Task The_receiving_side_of_a_waiting_transfer_cannot_put_itself_on_the_team_to_keep_the_case_after_declining()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento" }, "careCase");

        var joining = await world.OtherZoneWorker.Refused("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "SOCIAL_WORKER" }, "careCase");
        var managing = await world.OtherZoneWorker.Refused("assignCaseManager", "AssignCaseManagerInput", new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId }, "careCase");
        await world.OtherZoneWorker.Succeed("declineCaseTransfer", "DeclineCaseTransferInput", new { careCaseId = caseId, reason = "No" }, "careCase");

        Assert.Equal(("ForbiddenError", "ForbiddenError"), (joining.At("__typename").GetString(), managing.At("__typename").GetString()));
        Assert.Equal(JsonValueKind.Null, (await world.OtherZoneWorker.Client.DataAsync(Case, new { id = caseId })).At("node").ValueKind);
    }

    [Fact]
    public async Task A_team_member_of_another_zone_cannot_move_the_case_to_its_own_zone()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "SOCIAL_WORKER" }, "careCase");

        var moving = await world.OtherZoneWorker.Refused("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "x" }, "careCase");
        var adding = await world.OtherZoneWorker.Refused("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.SocialWorkerId, role = "SOCIAL_WORKER" }, "careCase");

        Assert.Equal(("ForbiddenError", "ForbiddenError"), (moving.At("__typename").GetString(), adding.At("__typename").GetString()));
        var kept = await world.SocialWorker.Client.DataAsync(Case, new { id = caseId });
        Assert.Equal((world.ZoneId, JsonValueKind.Null), (kept.At("node", "zone", "id").GetString(), kept.At("node", "pendingTransfer").ValueKind));
    }

    /// <summary>Red team, stop 23: a member of another zone moved the case's person into its own zone, and kept reaching her once the case closed.</summary>
    [Fact]
    public async Task A_team_member_of_another_zone_neither_moves_nor_corrects_the_person_of_the_case()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput",
            new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "SOCIAL_WORKER" }, "careCase");
        var key = CareWorld.Key(caseId);
        var personId = GlobalId.Encode("Person", await world.Read(db => db.CareCases.Where(c => c.Id == key).Select(c => c.PersonId).SingleAsync()));

        var moving = await world.OtherZoneWorker.Refused("moveResidence", "MoveResidenceInput",
            new { personId, residence = new { municipalityId = world.ForeignComuneId, street = "Via Lontana 3" } }, "person");
        var correcting = await world.OtherZoneWorker.Refused("recordDeath", "RecordDeathInput", new { personId, deathDate = CareWorld.Today.ToString("yyyy-MM-dd") }, "person");
        var movedByItsZone = await world.SocialWorker.Succeed("moveResidence", "MoveResidenceInput",
            new { personId, residence = new { municipalityId = world.ForeignComuneId, street = "Via Lontana 3" } }, "person", "residence { street }");

        Assert.Equal(("ForbiddenError", "ForbiddenError"), (moving.At("__typename").GetString(), correcting.At("__typename").GetString()));
        Assert.Equal("Via Lontana 3", movedByItsZone.At("residence", "street").GetString());
    }

    [Fact]
    public async Task A_second_transfer_waits_for_the_first_to_be_decided()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento" }, "careCase");

        var error = await world.SocialWorker.Refused("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Di nuovo" }, "careCase");

        Assert.Equal(("ValidationError", "toZoneId"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Fact]
    public async Task A_case_manager_of_another_zone_cannot_be_named_for_a_transfer_within_the_zone()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();

        var error = await world.SocialWorker.Refused("transferCase", "TransferCaseInput",
            new { careCaseId = caseId, toZoneId = world.ZoneId, toCaseManagerId = world.OtherZoneWorkerId, reason = "Cambio responsabile" }, "careCase");

        Assert.Equal(("ValidationError", "toCaseManagerId"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCaseTransferTests(HubApiFactory host) : CaseTransferTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCaseTransferTests(PostgresHubApiFactory host) : CaseTransferTests(host);
