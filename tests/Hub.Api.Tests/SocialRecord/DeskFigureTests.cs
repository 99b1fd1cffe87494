using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.SocialRecord;

public abstract class DeskFigureTests(HubApiHost host) : HubApiTest(host)
{
    private const string Contacts = "query($from: DateOnly!, $to: DateOnly!, $desk: ID) { informationContactCounts(from: $from, to: $to, desk: $desk) { zone { id } desk { id } area requesterKind contacts suppressed } }";
    private const string AnswerTimes = "query($from: DateOnly!, $to: DateOnly!, $desk: ID) { accessRequestAnswerTimes(from: $from, to: $to, desk: $desk) { desk { id } received answered medianDays averageDays overdue suppressed } }";

    [Fact]
    public async Task Information_contacts_are_counted_by_desk_area_and_requester_with_no_person_and_only_within_reach_small_cells_suppressed()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var day = CareWorld.Today.AddDays(-200);
        foreach (var (area, kind) in Enumerable.Repeat(("NON_SELF_SUFFICIENCY", "RELATIVE"), 5).Append(("ADULTS_IN_DIFFICULTY", "SELF")))
            await world.Desk.Succeed("recordInformationContact", "RecordInformationContactInput",
                new { deskId = world.DeskId, contactOn = day.ToString("yyyy-MM-dd"), area, requesterKind = kind }, "informationContact", "contactOn area");
        var period = new { from = day.ToString("yyyy-MM-dd"), to = day.ToString("yyyy-MM-dd"), desk = world.DeskId };

        var rows = (await world.Desk.Client.DataAsync(Contacts, period)).At("informationContactCounts").EnumerateArray().ToList();
        var zoneRows = (await world.SocialWorker.Client.DataAsync(Contacts, period)).At("informationContactCounts").GetArrayLength();
        var hospitalRows = (await world.Hospital.Client.DataAsync(Contacts, period)).At("informationContactCounts").GetArrayLength();

        // One contact is a cell of fewer than five: its count is withheld, not shown.
        Assert.Equal([("ADULTS_IN_DIFFICULTY", "SELF", (int?)null, true), ("NON_SELF_SUFFICIENCY", "RELATIVE", 5, false)],
            rows.Select(r => (r.At("area").GetString(), r.At("requesterKind").GetString(),
                r.At("contacts").ValueKind == JsonValueKind.Null ? (int?)null : r.At("contacts").GetInt32(), r.At("suppressed").GetBoolean())).Order());
        Assert.All(rows, r => Assert.Equal((world.DeskId, world.ZoneId), (r.At("desk", "id").GetString(), r.At("zone", "id").GetString())));
        Assert.Equal((2, 0), (zoneRows, hospitalRows));
    }

    [Fact]
    public async Task Answer_times_give_the_median_and_average_days_and_count_late_and_still_open_requests_as_overdue()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var today = CareWorld.Today;
        // A period of its own, far from the demo data: received 120, 115, 110, 105 and 95 days ago, five (the smallest cell shown).
        var late = await ReceiveAsync(world, today.AddDays(-120));
        var timely = await ReceiveAsync(world, today.AddDays(-110));
        foreach (var days in new[] { 115, 105, 95 })
            await ReceiveAsync(world, today.AddDays(-days));
        await Answer(world, late, today.AddDays(-80));
        await Answer(world, timely, today.AddDays(-100));

        var rows = (await world.Desk.Client.DataAsync(AnswerTimes, new { from = today.AddDays(-125).ToString("yyyy-MM-dd"), to = today.AddDays(-90).ToString("yyyy-MM-dd"), desk = world.DeskId }))
            .At("accessRequestAnswerTimes");
        var refused = await world.Hospital.Client.QueryAsync(AnswerTimes, new { from = today.AddDays(-125).ToString("yyyy-MM-dd"), to = today.ToString("yyyy-MM-dd") });

        var row = Assert.Single(rows.EnumerateArray());
        // Overdue: the one answered late and the three still open past their 30 days.
        Assert.Equal((5, 2, 25.0, 25.0, 4, false), (row.At("received").GetInt32(), row.At("answered").GetInt32(), row.At("medianDays").GetDouble(), row.At("averageDays").GetDouble(),
            row.At("overdue").GetInt32(), row.At("suppressed").GetBoolean()));
        Assert.Equal("FORBIDDEN", refused.At("errors")[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task Answer_times_of_fewer_than_five_requests_are_suppressed()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var today = CareWorld.Today;
        var first = await ReceiveAsync(world, today.AddDays(-160));
        await ReceiveAsync(world, today.AddDays(-158));
        await Answer(world, first, today.AddDays(-150));

        var row = Assert.Single((await world.Desk.Client.DataAsync(AnswerTimes,
            new { from = today.AddDays(-161).ToString("yyyy-MM-dd"), to = today.AddDays(-157).ToString("yyyy-MM-dd"), desk = world.DeskId })).At("accessRequestAnswerTimes").EnumerateArray());

        Assert.True(row.At("suppressed").GetBoolean());
        Assert.All(new[] { "received", "answered", "medianDays", "averageDays", "overdue" }, field => Assert.Equal(JsonValueKind.Null, row.At(field).ValueKind));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_begins_is_a_clear_error()
    {
        var world = await SocialWorld.CreateAsync(Host);

        var body = await world.Desk.Client.QueryAsync(AnswerTimes, new { from = CareWorld.Today.ToString("yyyy-MM-dd"), to = CareWorld.Today.AddDays(-1).ToString("yyyy-MM-dd") });

        Assert.Equal("BAD_USER_INPUT", body.At("errors")[0].At("extensions", "code").GetString());
    }

    private static async Task<string> ReceiveAsync(SocialWorld world, DateOnly on) =>
        (await world.Desk.Succeed("receiveAccessRequest", "ReceiveAccessRequestInput", world.ByIdentity(world.ComuneId, on), "accessRequest")).At("id").GetString()!;

    private static Task Answer(SocialWorld world, string id, DateOnly on) =>
        world.Desk.Succeed("giveAccessRequestInformation", "AnswerAccessRequestInput", new { accessRequestId = id, outcome = "Orari e documenti", answeredOn = on.ToString("yyyy-MM-dd") }, "accessRequest");
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteDeskFigureTests(HubApiFactory host) : DeskFigureTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresDeskFigureTests(PostgresHubApiFactory host) : DeskFigureTests(host);
