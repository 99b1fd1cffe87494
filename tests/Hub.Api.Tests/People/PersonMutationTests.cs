using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.People;

public abstract class PersonMutationTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_registered_person_is_corrected_moved_and_recorded_dead()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, code) = await world.RegisterPersonAsync();
        var read = await Person(world, code);

        var updated = await world.SocialWorker.Succeed("updatePerson", "UpdatePersonInput", new
        {
            personId, firstName = read.At("firstName").GetString(), lastName = read.At("lastName").GetString(), sex = "FEMALE",
            birthDate = read.At("birthDate").GetString(), birthPlaceCode = "D612", phone = "055 123456", familyDoctor = "Dr. Verdi",
            expectedVersion = read.At("version").GetInt64(),
        }, "person", "version contacts { phone } familyDoctor");
        await world.SocialWorker.Succeed("moveResidence", "MoveResidenceInput", new { personId, residence = new { municipalityId = world.MunicipalityId, street = "Via Nuova 2" } }, "person");
        var dead = await world.SocialWorker.Succeed("recordDeath", "RecordDeathInput", new { personId, deathDate = CareWorld.Today.ToString("yyyy-MM-dd") }, "person", "deathDate residence { street }");

        Assert.Equal(("055 123456", "Dr. Verdi"), (updated.At("contacts", "phone").GetString(), updated.At("familyDoctor").GetString()));
        Assert.Equal(("Via Nuova 2", CareWorld.Today.ToString("yyyy-MM-dd")), (dead.At("residence", "street").GetString(), dead.At("deathDate").GetString()));
        Assert.Equal(CareWorld.Today, await world.Read(db => db.Persons.Where(p => p.Identifier == code).Select(p => p.DeathDate).SingleAsync()));
    }

    [Fact]
    public async Task A_fiscal_code_is_registered_once()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, code) = await world.RegisterPersonAsync();
        var read = await Person(world, code);

        var error = await world.SocialWorker.Refused("registerPerson", "RegisterPersonInput", new
        {
            fiscalCode = code.ToLowerInvariant(), firstName = "Altra", lastName = "Persona", sex = "FEMALE", birthDate = read.At("birthDate").GetString(), birthPlaceCode = "D612",
            residence = new { municipalityId = world.MunicipalityId },
        }, "person");

        Assert.Equal(("ValidationError", "fiscalCode"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Equal(1, await world.Read(db => db.Persons.CountAsync(p => p.Identifier == code)));
    }

    [Fact]
    public async Task A_birth_date_that_disagrees_with_the_fiscal_code_is_refused_naming_birthDate()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (_, code) = await world.RegisterPersonAsync();
        var read = await Person(world, code);
        var wrongDay = DateOnly.Parse(read.At("birthDate").GetString()!).AddDays(1).ToString("yyyy-MM-dd");

        var error = await world.SocialWorker.Refused("updatePerson", "UpdatePersonInput", new
        {
            personId = read.At("id").GetString(), firstName = "X", lastName = "Y", sex = "FEMALE", birthDate = wrongDay, birthPlaceCode = "D612",
        }, "person");

        Assert.Equal(("ValidationError", "birthDate"), (error.At("__typename").GetString(), error.At("field").GetString()));
        Assert.Equal(read.At("birthDate").GetString(), (await Person(world, code)).At("birthDate").GetString());
    }

    [Fact]
    public async Task A_household_gains_and_loses_members_and_records_its_isee()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (head, _) = await world.RegisterPersonAsync();
        var (child, _) = await world.RegisterPersonAsync();
        var created = await world.SocialWorker.Succeed("createHousehold", "CreateHouseholdInput", new { headPersonId = head }, "household", "id version");
        var householdId = created.At("id").GetString()!;

        var grown = await world.SocialWorker.Succeed("addHouseholdMember", "AddHouseholdMemberInput",
            new { householdId, personId = child, relationship = "CHILD", expectedVersion = created.At("version").GetInt64() }, "household", "version members { relationship }");
        var secondHead = await world.SocialWorker.Refused("addHouseholdMember", "AddHouseholdMemberInput", new { householdId, personId = child, relationship = "HEAD" }, "household");
        var isee = await world.SocialWorker.Succeed("recordIsee", "RecordIseeInput",
            new { householdId, value = 12500.50m, expiresOn = CareWorld.Today.AddYears(1).ToString("yyyy-MM-dd") }, "household", "iseeValue");
        var shrunk = await world.SocialWorker.Succeed("removeHouseholdMember", "RemoveHouseholdMemberInput", new { householdId, personId = child }, "household", "members { relationship }");

        Assert.Equal(["CHILD", "HEAD"], grown.At("members").EnumerateArray().Select(m => m.At("relationship").GetString()).Order());
        Assert.True(grown.At("version").GetInt64() > created.At("version").GetInt64());
        Assert.Equal("ValidationError", secondHead.At("__typename").GetString());
        Assert.Equal(12500.50m, isee.At("iseeValue").GetDecimal());
        Assert.Equal(["HEAD"], shrunk.At("members").EnumerateArray().Select(m => m.At("relationship").GetString()));
    }

    private static async Task<System.Text.Json.JsonElement> Person(CareWorld world, string code) =>
        (await world.Client.DataAsync("query($cf: String!) { person(fiscalCode: $cf) { id version firstName lastName birthDate } }", new { cf = code })).At("person");
}

[Collection(CareApiCollection.Name)]
public sealed class SqlitePersonMutationTests(HubApiFactory host) : PersonMutationTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresPersonMutationTests(PostgresHubApiFactory host) : PersonMutationTests(host);
