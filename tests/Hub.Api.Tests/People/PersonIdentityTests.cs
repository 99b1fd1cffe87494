using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.People;

/// <summary>
/// Every identifier an Italian registry issues, and birth data that must agree with it (issue 12 §3). Codes were
/// computed by hand from the official algorithms; each test registers codes no other test uses, as the database
/// is shared by the collection.
/// </summary>
public abstract class PersonIdentityTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_provisional_fiscal_code_is_registered_and_found_by_lookup_and_by_filter()
    {
        var world = await CareWorld.CreateAsync(Host);

        var registered = await world.SocialWorker.Succeed("registerPerson", "RegisterPersonInput",
            Registration(world, "123 4567 0587", "FEMALE", "1994-03-02", "Z330"), "person", "id identifier identifierKind birthPlaceCode");
        var lookedUp = (await world.Client.DataAsync("query($cf: String!) { person(fiscalCode: $cf) { id } }", new { cf = "12345670587" })).At("person");
        var filtered = (await world.Client.DataAsync("query($cf: String!) { persons(where: { identifier: { eq: $cf } }) { nodes { id } } }", new { cf = "12345670587" }))
            .At("persons", "nodes");

        Assert.Equal(("12345670587", "PROVISIONAL_FISCAL_CODE", "Z330"),
            (registered.At("identifier").GetString(), registered.At("identifierKind").GetString(), registered.At("birthPlaceCode").GetString()));
        Assert.Equal(registered.At("id").GetString(), lookedUp.At("id").GetString());
        Assert.Equal([registered.At("id").GetString()], filtered.EnumerateArray().Select(p => p.At("id").GetString()));
    }

    [Fact]
    public async Task A_provisional_fiscal_code_is_corrected_without_birth_data_to_agree_with()
    {
        var world = await CareWorld.CreateAsync(Host);
        var registered = await world.SocialWorker.Succeed("registerPerson", "RegisterPersonInput",
            Registration(world, "98765431006", "MALE", "1990-01-01", "Z100"), "person");

        var corrected = await world.SocialWorker.Succeed("updatePerson", "UpdatePersonInput",
            Update(registered.At("id").GetString()!, "FEMALE", "1991-02-03", "Z129"), "person", "sex birthDate birthPlaceCode");

        Assert.Equal(("FEMALE", "1991-02-03", "Z129"), (corrected.At("sex").GetString(), corrected.At("birthDate").GetString(), corrected.At("birthPlaceCode").GetString()));
    }

    [Fact]
    public async Task A_provisional_fiscal_code_with_a_wrong_check_digit_is_refused_on_registration_and_lookup()
    {
        var world = await CareWorld.CreateAsync(Host);

        var error = await world.SocialWorker.Refused("registerPerson", "RegisterPersonInput", Registration(world, "12345670586", "MALE", "1990-01-01", "Z100"), "person");
        var lookup = await world.Client.QueryAsync("{ person(fiscalCode: \"12345670586\") { id } }");

        Assert.Equal(("ValidationError", "fiscalCode"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Equal("Wrong check digit of provisional codice fiscale 12345670586: expected '7', got '6'.", error.At("message").GetString());
        Assert.Equal("BAD_USER_INPUT", lookup.GetProperty("errors")[0].At("extensions", "code").GetString());
        Assert.Equal(0, await world.Read(db => db.Persons.CountAsync(p => p.Identifier == "12345670586")));
    }

    [Theory]
    [InlineData("RSSMRA85T10D583Z", "D583")] // Figline Valdarno, merged into Figline e Incisa Valdarno in 2014
    [InlineData("RSSMRA85T10D58PV", "D583")] // the same, omocodic
    [InlineData("RSSMRA85T10Z404L", "Z404")] // born in the United States
    public async Task Registration_accepts_the_birth_place_the_code_encodes(string code, string birthPlace)
    {
        var world = await CareWorld.CreateAsync(Host);

        var person = await world.SocialWorker.Succeed("registerPerson", "RegisterPersonInput", Registration(world, code, "MALE", "1985-12-10", birthPlace), "person", "birthPlaceCode");

        Assert.Equal(birthPlace, person.At("birthPlaceCode").GetString());
    }

    [Theory]
    [InlineData("FEMALE", "1985-12-10", "A562", "sex")]
    [InlineData("MALE", "1985-12-11", "A562", "birthDate")]
    [InlineData("MALE", "1975-12-10", "A562", "birthDate")]
    [InlineData("MALE", "1985-12-10", "D612", "birthPlaceCode")]
    [InlineData("MALE", "1985-12-10", "Z404", "birthPlaceCode")]
    [InlineData("MALE", "1985-12-10", "X999", "birthPlaceCode")]
    public async Task Registration_refuses_birth_data_that_disagrees_with_the_code_naming_the_input_field(string sex, string birthDate, string birthPlace, string field)
    {
        var world = await CareWorld.CreateAsync(Host);
        var code = NewCode(Sex.Male, new DateOnly(1985, 12, 10), "A562");

        var error = await world.SocialWorker.Refused("registerPerson", "RegisterPersonInput", Registration(world, code, sex, birthDate, birthPlace), "person");

        Assert.Equal(("ValidationError", field), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Equal(0, await world.Read(db => db.Persons.CountAsync(p => p.Identifier == code)));
    }

    [Fact]
    public async Task Registration_refuses_an_unknown_birth_place_for_a_code_without_birth_data()
    {
        var world = await CareWorld.CreateAsync(Host);

        var error = await world.SocialWorker.Refused("registerPerson", "RegisterPersonInput", Registration(world, "STP0901230009999", "MALE", "1985-12-10", "Z000"), "person");

        Assert.Equal(("ValidationError", "birthPlaceCode"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Theory]
    [InlineData("MALE", "1990-01-01", "D583", "sex")]
    [InlineData("FEMALE", "1990-01-02", "D583", "birthDate")]
    [InlineData("FEMALE", "1990-01-01", "M321", "birthPlaceCode")]
    [InlineData("FEMALE", "1990-01-01", "Z135", "birthPlaceCode")]
    [InlineData("FEMALE", "1990-01-01", "X999", "birthPlaceCode")]
    public async Task Correction_refuses_birth_data_that_disagrees_with_the_code_naming_the_input_field(string sex, string birthDate, string birthPlace, string field)
    {
        var world = await CareWorld.CreateAsync(Host);
        var code = NewCode(Sex.Female, new DateOnly(1990, 1, 1), "D583");
        var personId = (await world.SocialWorker.Succeed("registerPerson", "RegisterPersonInput", Registration(world, code, "FEMALE", "1990-01-01", "D583"), "person")).At("id").GetString()!;

        var error = await world.SocialWorker.Refused("updatePerson", "UpdatePersonInput", Update(personId, sex, birthDate, birthPlace), "person");
        var person = (await world.Client.DataAsync("query($cf: String!) { person(fiscalCode: $cf) { sex birthDate birthPlaceCode } }", new { cf = code })).At("person");

        Assert.Equal(("ValidationError", field), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Equal(("FEMALE", "1990-01-01", "D583"), (person.At("sex").GetString(), person.At("birthDate").GetString(), person.At("birthPlaceCode").GetString()));
    }

    // A code of a person no other test registers: random letters for the name, as CareWorld does.
    private static string NewCode(Sex sex, DateOnly birthDate, string birthPlace) =>
        FiscalCode.Compose(Letters(), Letters(), sex, birthDate, birthPlace).Value;

    private static string Letters() => new([.. Enumerable.Range(0, 7).Select(_ => (char)('A' + Random.Shared.Next(26)))]);

    private static object Registration(CareWorld world, string code, string sex, string birthDate, string birthPlace) => new
    {
        fiscalCode = code, firstName = "Mario", lastName = "Rossi", sex, birthDate, birthPlaceCode = birthPlace,
        residence = new { municipalityId = world.MunicipalityId, street = "Via Roma 1" },
    };

    private static object Update(string personId, string sex, string birthDate, string birthPlace) =>
        new { personId, firstName = "Laura", lastName = "Bianchi", sex, birthDate, birthPlaceCode = birthPlace };
}

[Collection(CareApiCollection.Name)]
public sealed class SqlitePersonIdentityTests(HubApiFactory host) : PersonIdentityTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresPersonIdentityTests(PostgresHubApiFactory host) : PersonIdentityTests(host);
