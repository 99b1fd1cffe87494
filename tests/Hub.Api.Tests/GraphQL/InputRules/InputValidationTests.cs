using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL.InputRules;

/// <summary>
/// Values the database cannot hold are refused with a clear GraphQL error before anything runs,
/// wherever they appear (filters, arguments, inputs, variables), and never reach the database.
/// </summary>
public abstract class InputValidationTests(HubApiHost host)
{
    private const string PersonsByLastName = "query($name: String!) { persons(where: { lastName: { contains: $name } }) { totalCount } }";

    [Fact]
    public async Task A_NUL_character_in_a_filter_is_refused()
    {
        var world = await CareWorld.CreateAsync(host);

        var error = await SingleError(world, PersonsByLastName, new { name = "Ro\0ssi" });

        Assert.Contains("NUL", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_NUL_character_in_a_literal_is_refused()
    {
        var world = await CareWorld.CreateAsync(host);

        var error = await SingleError(world, """{ persons(where: { lastName: { eq: "Ro\u0000ssi" } }) { totalCount } }""", null);

        Assert.Contains("NUL", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unpaired_surrogate_in_a_literal_is_refused()
    {
        var world = await CareWorld.CreateAsync(host);

        var error = await SingleError(world, """{ persons(where: { lastName: { contains: "Ro\ud800ssi" } }) { totalCount } }""", null);

        Assert.Contains("surrogate", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_95_KB_pattern_is_refused_before_the_database_sees_it()
    {
        var world = await CareWorld.CreateAsync(host);

        var error = await SingleError(world, PersonsByLastName, new { name = new string('%', 95 * 1024) });

        Assert.Contains("longer than", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_pattern_within_the_cap_is_accepted()
    {
        var world = await CareWorld.CreateAsync(host);

        var data = await world.Client.DataAsync(PersonsByLastName, new { name = new string('x', 200) });

        Assert.Equal(0, data.At("persons", "totalCount").GetInt32());
    }

    [Fact]
    public async Task An_isee_the_column_cannot_hold_is_refused_with_its_limit()
    {
        var world = await CareWorld.CreateAsync(host);
        var (head, _) = await world.RegisterPersonAsync();
        var household = await world.SocialWorker.Succeed("createHousehold", "CreateHouseholdInput", new { headPersonId = head }, "household");

        var error = await SingleError(world, "mutation($input: RecordIseeInput!) { recordIsee(input: $input) { household { id } } }",
            new { input = new { householdId = household.At("id").GetString(), value = 1e12m, expiresOn = "2027-12-31" } });

        Assert.Contains("too large", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_name_longer_than_its_column_is_refused_with_its_limit()
    {
        var world = await CareWorld.CreateAsync(host);

        var error = await SingleError(world, "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id } } }", new
        {
            input = new { personId = (await world.RegisterPersonAsync()).Id, firstName = new string('A', 101), lastName = "Rossi", sex = "FEMALE", birthDate = "1950-01-01", birthPlaceCode = "D612" },
        });

        Assert.Contains("100 characters", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_cancellation_reason_longer_than_its_column_is_refused_not_truncated_by_the_database()
    {
        var world = await CareWorld.CreateAsync(host);

        var error = await SingleError(world, "mutation($input: CancelDischargeRequestInput!) { cancelDischargeRequest(input: $input) { dischargeRequest { id } } }",
            new { input = new { dischargeRequestId = "RGlzY2hhcmdlUmVxdWVzdDowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA=", reason = new string('x', 2001) } });

        Assert.Contains("2000 characters", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("9999-12-31")]
    public async Task A_date_outside_1900_to_2199_is_refused_as_bad_user_input_in_a_literal_and_in_a_variable(string date)
    {
        var world = await CareWorld.CreateAsync(host);
        var person = new
        {
            fiscalCode = "RSSMRA80A01D612X", firstName = "Mario", lastName = "Rossi", sex = "MALE", birthDate = date, birthPlaceCode = "D612",
            residence = new { municipalityId = "x", street = "Via Roma 1", postalCode = "50100" },
        };

        var inFilter = await SingleError(world, $$"""{ careCases(where: { openedOn: { gt: "{{date}}" } }) { totalCount } }""", null);
        var inInput = await SingleError(world, "mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }", new { input = person });

        Assert.All(new[] { inFilter, inInput }, error =>
        {
            Assert.Equal("BAD_USER_INPUT", error.At("extensions", "code").GetString());
            Assert.Contains("1900-01-01..2199-12-31", error.GetProperty("message").GetString());
        });
    }

    [Fact]
    public async Task A_date_within_the_bounds_is_accepted_in_a_filter()
    {
        var world = await CareWorld.CreateAsync(host);

        var data = await world.Client.DataAsync("""{ careCases(where: { openedOn: { gt: "1900-01-01", lt: "2199-12-31" } }) { totalCount } }""");

        Assert.True(data.At("careCases", "totalCount").GetInt32() >= 0);
    }

    // A refusal before execution: a 400 with one error naming the problem, and no data.
    private static async Task<JsonElement> SingleError(CareWorld world, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await world.Client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        return Assert.Single(body.GetProperty("errors").EnumerateArray());
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteInputValidationTests(HubApiFactory host) : InputValidationTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresInputValidationTests(PostgresHubApiFactory host) : InputValidationTests(host);
