using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Events;

/// <summary><c>changes</c>: what changed since a position, under the caller's own scope.</summary>
public abstract class ChangeFeedTests(HubApiHost host) : HubApiTest(host)
{
    private const string Feed = """
        query($after: String, $first: Int, $types: [ChangeType!]) {
          changes(after: $after, first: $first, types: $types) {
            edges { cursor node { position type nodeId version node { id ... on DischargeRequest { status } } } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task A_hospital_reads_its_requests_changes_and_nothing_of_another_hospitals()
    {
        var world = await EventWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        var mine = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
        var theirs = await world.FileRequestAsync(world.OtherHospital, world.OtherHospitalId);
        await world.AcknowledgeAsync(mine);

        var seen = await ChangesAsync(world.Care.Hospital.Client, head, ["DISCHARGE_REQUEST_STATUS_CHANGED"]);
        var seenByOther = await ChangesAsync(world.OtherHospital.Client, head, ["DISCHARGE_REQUEST_STATUS_CHANGED"]);

        // The node is read now: both changes show the request as it is after the second.
        Assert.Equal([(mine, 1L, "ACKNOWLEDGED"), (mine, 2L, "ACKNOWLEDGED")], seen.Select(Summary));
        Assert.Equal([(theirs, 1L, "SUBMITTED")], seenByOther.Select(Summary));
    }

    [Fact]
    public async Task Paging_after_the_end_cursor_gives_the_rest_once_in_commit_order()
    {
        var world = await EventWorld.CreateAsync(Host);
        var head = await world.HeadAsync();
        var request = await world.FileRequestAsync(world.Care.Hospital, world.Care.HospitalId);
        await world.AcknowledgeAsync(request);
        var client = world.Care.Client;

        var firstPage = (await client.DataAsync(Feed, new { after = head, first = 1 })).At("changes");
        var rest = await ChangesAsync(client, firstPage.At("pageInfo", "endCursor").GetString()!, null);
        var all = await ChangesAsync(client, head, null);

        Assert.True(firstPage.At("pageInfo", "hasNextPage").GetBoolean());
        Assert.Equal(all.Select(c => c.At("position").GetString()), [firstPage.At("edges")[0].At("cursor").GetString(), .. rest.Select(c => c.At("position").GetString())]);
        Assert.Contains(all, c => c.At("type").GetString() == "PERSON_CHANGED");
    }

    [Fact]
    public async Task A_position_the_hub_did_not_issue_is_refused()
    {
        var body = await Host.CreateClient().QueryAsync(Feed, new { after = "not-a-position" });

        Assert.Equal("INVALID_CURSOR", body.At("errors")[0].At("extensions", "code").GetString());
    }

    private static async Task<List<JsonElement>> ChangesAsync(HttpClient client, string after, string[]? types) =>
        [.. (await client.DataAsync(Feed, new { after, types, first = 100 })).At("changes", "edges").EnumerateArray().Select(e => e.At("node"))];

    private static (string, long, string) Summary(JsonElement change) =>
        (change.At("nodeId").GetString()!, change.At("version").GetInt64(), change.At("node", "status").GetString()!);
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteChangeFeedTests(HubApiFactory host) : ChangeFeedTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresChangeFeedTests(PostgresHubApiFactory host) : ChangeFeedTests(host);
