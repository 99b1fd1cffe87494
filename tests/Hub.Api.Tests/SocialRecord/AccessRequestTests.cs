using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.SocialRecord;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.SocialRecord;

public abstract class AccessRequestTests(HubApiHost host) : HubApiTest(host)
{
    private const string Fields = "id status receivedOn dueOn answeredOn daysToAnswer overdue outcome careCase { id status area accessChannel }";

    [Fact]
    public async Task A_comune_desk_receiving_a_request_for_a_non_resident_answers_not_eligible_with_the_reason()
    {
        var world = await SocialWorld.CreateAsync(Host);

        var request = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ForeignComuneId), "accessRequest", Fields);

        Assert.Equal("NOT_ELIGIBLE", request.At("status").GetString());
        var reason = request.At("outcome").GetString()!;
        Assert.Contains($"residents of zone {world.ZoneName}", reason, StringComparison.Ordinal);
        Assert.Contains(world.ForeignComuneName, reason, StringComparison.Ordinal);
        Assert.Equal((CareWorld.Today.ToString("yyyy-MM-dd"), 0), (request.At("answeredOn").GetString(), request.At("daysToAnswer").GetInt32()));
        var stored = await Read(db => db.AccessRequests.SingleAsync(r => r.Id == CareWorld.Key(request.At("id").GetString()!)));
        Assert.Equal(AccessRequestStatus.NotEligible, stored.Status);
    }

    [Fact]
    public async Task A_residents_request_becomes_a_case_opened_and_linked_by_the_zones_social_worker()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var personId = await world.RegisterResidentAsync();
        var received = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput",
            new { deskId = world.DeskId, requesterKind = "SELF", personId, serviceId = world.ProfessionalSocialWorkId }, "accessRequest", Fields);

        var opened = await world.SocialWorker.Succeed("openCaseFromAccessRequest", "OpenCaseFromAccessRequestInput",
            new { accessRequestId = received.At("id").GetString() }, "accessRequest", Fields + " person { id }");

        Assert.Equal(("RECEIVED", CareWorld.Today.AddDays(30).ToString("yyyy-MM-dd")), (received.At("status").GetString(), received.At("dueOn").GetString()));
        Assert.Equal("CASE_OPENED", opened.At("status").GetString());
        Assert.Equal(("REFERRED", "ADULTS_IN_DIFFICULTY", "ACCESS_POINT"),
            (opened.At("careCase", "status").GetString(), opened.At("careCase", "area").GetString(), opened.At("careCase", "accessChannel").GetString()));
        var careCase = await Read(db => db.CareCases.SingleAsync(c => c.Id == CareWorld.Key(opened.At("careCase", "id").GetString()!)));
        Assert.Equal(CareWorld.Key(personId), careCase.PersonId);
    }

    [Fact]
    public async Task A_case_is_opened_only_for_the_person_the_request_names_names_compared_without_case_or_accents()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var born = new DateOnly(1950, 5, 17);
        var request = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", new
        {
            deskId = world.DeskId, requesterKind = "RELATIVE", identity = new { firstName = "Nicolò", lastName = "D'Angelo", birthDate = born.ToString("yyyy-MM-dd"), residenceMunicipalityId = world.ComuneId },
            serviceId = world.ProfessionalSocialWorkId,
        }, "accessRequest");
        var id = request.At("id").GetString();
        var someoneElse = await world.RegisterResidentAsync();
        var bornOtherwise = await world.RegisterResidentAsync("NICOLO", "DANGELO", born.AddDays(1));
        var same = await world.RegisterResidentAsync("NICOLO", "DANGELO", born);

        var other = await world.SocialWorker.Refused("openCaseFromAccessRequest", "OpenCaseFromAccessRequestInput", new { accessRequestId = id, personId = someoneElse }, "accessRequest");
        var otherBirth = await world.SocialWorker.Refused("openCaseFromAccessRequest", "OpenCaseFromAccessRequestInput", new { accessRequestId = id, personId = bornOtherwise }, "accessRequest");
        var opened = await world.SocialWorker.Succeed("openCaseFromAccessRequest", "OpenCaseFromAccessRequestInput", new { accessRequestId = id, personId = same }, "accessRequest", "status person { id }");

        Assert.Equal(("ValidationError", "personId"), (other.At("__typename").GetString(), other.At("field").GetString()));
        Assert.Contains("not the one the request is for", other.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("ValidationError", "personId"), (otherBirth.At("__typename").GetString(), otherBirth.At("field").GetString()));
        Assert.Equal(("CASE_OPENED", same), (opened.At("status").GetString(), opened.At("person", "id").GetString()));
    }

    [Fact]
    public async Task On_day_31_a_request_of_the_30_day_service_is_overdue_and_one_of_day_29_is_not()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var late = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId, CareWorld.Today.AddDays(-31)), "accessRequest", Fields);
        var timely = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId, CareWorld.Today.AddDays(-29)), "accessRequest", Fields);

        var overdue = await world.SocialWorker.Client.DataAsync("{ overdueAccessRequests(first: 100) { nodes { id dueOn overdue } } }");

        var ids = overdue.At("overdueAccessRequests", "nodes").EnumerateArray().Select(n => n.At("id").GetString()).ToList();
        Assert.Contains(late.At("id").GetString(), ids);
        Assert.DoesNotContain(timely.At("id").GetString(), ids);
        Assert.Equal((true, false), (late.At("overdue").GetBoolean(), timely.At("overdue").GetBoolean()));
        Assert.Equal(CareWorld.Today.AddDays(-1).ToString("yyyy-MM-dd"), late.At("dueOn").GetString());
    }

    [Fact]
    public async Task A_desk_lists_its_open_requests_and_the_answer_time_of_those_it_answered()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var answered = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId, CareWorld.Today.AddDays(-5)), "accessRequest");
        var open = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId), "accessRequest");
        var referred = await world.Desk.Succeed("referAccessRequest", "AnswerAccessRequestInput",
            new { accessRequestId = answered.At("id").GetString(), outcome = "Centro per l'impiego" }, "accessRequest", Fields);

        var list = await world.Desk.Client.DataAsync("query($desk: ID!) { accessRequests(where: { status: { eq: RECEIVED }, desk: { id: { eq: $desk } } }) { nodes { id } } }",
            new { desk = world.DeskId });

        Assert.Equal(("REFERRED", 5), (referred.At("status").GetString(), referred.At("daysToAnswer").GetInt32()));
        var ids = list.At("accessRequests", "nodes").EnumerateArray().Select(n => n.At("id").GetString()).ToList();
        Assert.Contains(open.At("id").GetString(), ids);
        Assert.DoesNotContain(answered.At("id").GetString(), ids);
    }

    [Fact]
    public async Task An_answered_request_cannot_be_answered_again()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var request = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId), "accessRequest");
        var id = request.At("id").GetString();
        await world.Desk.Succeed("withdrawAccessRequest", "AnswerAccessRequestInput", new { accessRequestId = id }, "accessRequest");

        var error = await world.Desk.Refused("giveAccessRequestInformation", "AnswerAccessRequestInput", new { accessRequestId = id, outcome = "Orari del servizio" }, "accessRequest");

        Assert.Equal(("InvalidTransitionError", "WITHDRAWN", "INFORMATION_GIVEN"), (error.At("__typename").GetString(), error.At("from").GetString(), error.At("to").GetString()));
        Assert.Equal(0, error.At("allowedMutations").GetArrayLength());
    }

    [Fact]
    public async Task A_desk_receives_for_its_own_organisation_only()
    {
        var world = await SocialWorld.CreateAsync(Host);

        var error = await world.Desk.Refused("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId, deskId: world.OtherDeskId), "accessRequest");

        Assert.Equal("ForbiddenError", error.At("__typename").GetString());
    }

    [Fact]
    public async Task A_comune_desk_receives_at_its_own_access_points_only_never_into_another_zones_queue()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (comune, desk) = (CareWorld.Key(world.ComuneId), CareWorld.Key(world.DeskId));
        var elsewhere = await Read(db => db.Structures.Where(s => s.Kind == StructureKind.AccessPoint && s.Address.MunicipalityId != comune && s.OperatorOrganizationId != desk)
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        // The demo data may already hold requests received there: the refusal must add none.
        var before = await Read(db => db.AccessRequests.CountAsync(r => r.AccessPointId == elsewhere));

        var error = await world.Desk.Refused("receiveAccessRequest", "ReceiveAccessRequestInput", new
        {
            deskId = world.DeskId, accessPointId = GlobalId.Encode("Structure", elsewhere), requesterKind = "RELATIVE",
            identity = new { firstName = "Lucia", lastName = "Neri", residenceMunicipalityId = world.ForeignComuneId },
            serviceId = world.ProfessionalSocialWorkId,
        }, "accessRequest");

        Assert.Equal("ForbiddenError", error.At("__typename").GetString());
        Assert.Equal(before, await Read(db => db.AccessRequests.CountAsync(r => r.AccessPointId == elsewhere)));
    }

    [Fact]
    public async Task Requests_are_seen_by_the_desk_and_its_zone_only_and_hospitals_and_providers_may_not_read_them()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var request = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId), "accessRequest");
        const string Query = "query($id: ID!) { node(id: $id) { id } accessRequests(where: { id: { eq: $id } }) { totalCount } }";
        var variables = new { id = request.At("id").GetString() };

        var seen = await world.SocialWorker.Client.DataAsync(Query, variables);
        var unseen = await world.OtherZoneWorker.Client.DataAsync(Query, variables);
        var hospital = await world.Hospital.Client.QueryAsync(Query, variables);
        var provider = await world.Provider.Client.QueryAsync(Query, variables);

        Assert.Equal(1, seen.At("accessRequests", "totalCount").GetInt32());
        Assert.Equal((0, System.Text.Json.JsonValueKind.Null), (unseen.At("accessRequests", "totalCount").GetInt32(), unseen.At("node").ValueKind));
        Assert.All(new[] { hospital, provider }, body => Assert.Equal("FORBIDDEN", body.At("errors")[0].At("extensions", "code").GetString()));
    }

    [Fact]
    public async Task A_comune_desk_may_not_open_a_case()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var request = await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId), "accessRequest");

        var body = await world.Desk.Client.QueryAsync("mutation($input: OpenCaseFromAccessRequestInput!) { openCaseFromAccessRequest(input: $input) { accessRequest { id } } }",
            new { input = new { accessRequestId = request.At("id").GetString() } });

        Assert.Equal("FORBIDDEN", body.At("errors")[0].At("extensions", "code").GetString());
    }

    private async Task<T> Read<T>(Func<Hub.Domain.Persistence.HubDbContext, Task<T>> read)
    {
        await using var scope = Host.SystemScope();
        return await read(Host.SystemContext(scope));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteAccessRequestTests(HubApiFactory host) : AccessRequestTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresAccessRequestTests(PostgresHubApiFactory host) : AccessRequestTests(host);
