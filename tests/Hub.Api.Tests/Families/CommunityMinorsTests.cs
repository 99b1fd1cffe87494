using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Families;

/// <summary>
/// Communities for minors (issue 17): only minors are placed in them, and for each half-year the hub lists, per community, every
/// minor placed there at any time in it (art. 9 c.2 L. 184/1983), for the community's own operator and the child-protection worker.
/// </summary>
public abstract class CommunityMinorsTests(HubApiHost host) : HubApiTest(host)
{
    private const string List = "query($year: Int!, $half: HalfOfYear!, $structure: ID) { communityMinors(year: $year, half: $half, structure: $structure) "
        + "{ structure { id } from to placements { id admittedOn endedOn person { id } } } }";

    [Fact]
    public async Task The_six_monthly_list_names_the_minors_placed_at_any_time_in_the_half_year()
    {
        var world = await CommunityWorld.CreateAsync(Host);
        var (year, half, from, to) = LastFullHalf();
        // Left out: discharged the day before the half-year, and admitted the day after it.
        await world.PlaceMinorAsync(from.AddDays(-30), from.AddDays(-1));
        var endedOnItsFirstDay = await world.PlaceMinorAsync(from.AddDays(-20), from);
        var stillOpen = await world.PlaceMinorAsync(from.AddDays(10), null);
        var startedOnItsLastDay = await world.PlaceMinorAsync(to, null);
        await world.PlaceMinorAsync(to.AddDays(1), null);
        var variables = new { year, half, structure = world.StructureId };

        foreach (var reader in new[] { world.Social.ChildProtectionWorker, world.Operator })
        {
            var list = Assert.Single((await reader.Client.DataAsync(List, variables)).At("communityMinors").EnumerateArray());
            Assert.Equal((world.StructureId, from.ToString("yyyy-MM-dd"), to.ToString("yyyy-MM-dd")),
                (list.At("structure", "id").GetString(), list.At("from").GetString(), list.At("to").GetString()));
            Assert.Equal([endedOnItsFirstDay, stillOpen, startedOnItsLastDay], list.At("placements").EnumerateArray().Select(p => p.At("id").GetString()!).ToList());
            Assert.All(list.At("placements").EnumerateArray(), p => Assert.NotEqual(JsonValueKind.Null, p.At("person").ValueKind));
        }
    }

    [Fact]
    public async Task A_guest_of_age_on_the_half_year_s_first_day_is_not_on_its_list_of_minors()
    {
        var world = await CommunityWorld.CreateAsync(Host);
        var (year, half, from, _) = LastFullHalf();
        // Both admitted as minors a month before the half-year and still there; one comes of age the day before it, one the day after.
        var ofAge = await world.PlaceMinorAsync(from.AddDays(-30), null, born: from.AddYears(-18).AddDays(-1));
        var minor = await world.PlaceMinorAsync(from.AddDays(-30), null, born: from.AddYears(-18).AddDays(1));

        var list = Assert.Single((await world.Operator.Client.DataAsync(List, new { year, half, structure = world.StructureId })).At("communityMinors").EnumerateArray());

        var listed = list.At("placements").EnumerateArray().Select(p => p.At("id").GetString()).ToList();
        Assert.Equal([minor], listed);
        Assert.DoesNotContain(ofAge, listed);
    }

    [Fact]
    public async Task Only_the_community_operator_and_the_child_protection_worker_read_the_list()
    {
        var world = await CommunityWorld.CreateAsync(Host);
        var (year, half, from, _) = LastFullHalf();
        await world.PlaceMinorAsync(from.AddDays(5), null);
        var variables = new { year, half, structure = world.StructureId };

        foreach (var refused in new[] { world.Social.SocialWorker, world.Social.Acot, world.Social.Desk, world.Social.FosterCareOfficer })
        {
            var answer = await refused.Client.QueryAsync(List, variables);
            Assert.Equal("FORBIDDEN", answer.At("errors")[0].At("extensions", "code").GetString());
        }
        // Another structure's operator holds the permission but reaches no placement of this community.
        var other = await world.Social.Provider.Client.DataAsync(List, variables);
        Assert.Equal(0, other.At("communityMinors").GetArrayLength());
    }

    [Fact]
    public async Task An_adult_is_not_placed_in_a_community_and_nothing_is_written()
    {
        var world = await CommunityWorld.CreateAsync(Host);
        var adult = await world.Social.RegisterResidentAsync();
        var interventionId = await world.ResidentialInterventionAsync(adult);

        var error = await world.Social.ChildProtectionWorker.Refused("requestPlacement", "RequestPlacementInput",
            new { interventionId, moduleId = world.ModuleId }, "placement");

        Assert.Equal(("ValidationError", "moduleId"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Contains("minors only", error.At("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await world.Social.Read(db => db.Placements.CountAsync(p => p.ModuleId == CareWorld.Key(world.ModuleId))));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1899)]
    [InlineData(2200)]
    [InlineData(9998)]
    public async Task A_year_out_of_the_dates_range_is_a_400_bad_input_without_data_and_2199_is_a_year(int year)
    {
        // Red team 35, F7: 9998 was a year, and the refusal answered 200 with data { communityMinors: null }.
        var world = await CommunityWorld.CreateAsync(Host);

        var (status, answer) = await ResponseAsync(world.Operator.Client, new { year, half = "FIRST" });
        var (lastStatus, last) = await ResponseAsync(world.Operator.Client, new { year = 2199, half = "SECOND" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.False(answer.TryGetProperty("data", out _), answer.ToString());
        Assert.Equal("BAD_USER_INPUT", answer.At("errors")[0].At("extensions", "code").GetString());
        Assert.Equal(System.Net.HttpStatusCode.OK, lastStatus);
        Assert.Equal(JsonValueKind.Array, last.At("data", "communityMinors").ValueKind);
    }

    // The list asked under the GraphQL-over-HTTP media type, with its status.
    private static async Task<(System.Net.HttpStatusCode, JsonElement)> ResponseAsync(HttpClient client, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = List, variables }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content));
    }

    /// <summary>The half-year before the current one, so every day of it is in the past.</summary>
    private static (int Year, string Half, DateOnly From, DateOnly To) LastFullHalf()
    {
        var today = CareWorld.Today;
        return today.Month >= 7
            ? (today.Year, "FIRST", new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 6, 30))
            : (today.Year - 1, "SECOND", new DateOnly(today.Year - 1, 7, 1), new DateOnly(today.Year - 1, 12, 31));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCommunityMinorsTests(HubApiFactory host) : CommunityMinorsTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCommunityMinorsTests(PostgresHubApiFactory host) : CommunityMinorsTests(host);
