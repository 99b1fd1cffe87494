using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.SocialRecord;

public abstract class CaseHistoryTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_closed_case_reopens_as_a_new_episode_and_its_history_keeps_every_step()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase");

        var reopened = await world.SocialWorker.Succeed("reopenCase", "ReopenCaseInput", new { careCaseId = caseId, reason = "Nuova segnalazione della scuola" }, "careCase",
            "status episode closedOn history { episode action from to reason by }");

        Assert.Equal(("REFERRED", 2), (reopened.At("status").GetString(), reopened.At("episode").GetInt32()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reopened.At("closedOn").ValueKind);
        var history = reopened.At("history").EnumerateArray().ToList();
        Assert.Equal(["open", "close", "reopen"], history.Select(t => t.At("action").GetString()));
        Assert.Equal([1, 1, 2], history.Select(t => t.At("episode").GetInt32()));
        Assert.Equal(("CLOSED", "REFERRED", "Nuova segnalazione della scuola"), (history[2].At("from").GetString(), history[2].At("to").GetString(), history[2].At("reason").GetString()));
        Assert.Equal("GoalsMet", history[1].At("reason").GetString());
        Assert.Equal("test-social-worker", history[2].At("by").GetString());
    }

    [Fact]
    public async Task No_case_is_reopened_for_a_person_recorded_as_dead()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var personId = (await world.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on CareCase { person { id } } } }", new { id = caseId }))
            .At("node", "person", "id").GetString();
        await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "DECEASED" }, "careCase");
        await world.SocialWorker.Succeed("recordDeath", "RecordDeathInput", new { personId, deathDate = CareWorld.Today.ToString("yyyy-MM-dd") }, "person");

        var error = await world.SocialWorker.Refused("reopenCase", "ReopenCaseInput", new { careCaseId = caseId, reason = "Riapertura" }, "careCase");

        Assert.Equal(("ValidationError", "careCaseId"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Fact]
    public async Task An_open_case_cannot_be_reopened()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();

        var error = await world.SocialWorker.Refused("reopenCase", "ReopenCaseInput", new { careCaseId = caseId, reason = "Errore" }, "careCase");

        Assert.Equal(("InvalidTransitionError", "REFERRED", "reopen"), (error.At("__typename").GetString(), error.At("from").GetString(), error.At("action").GetString()));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCaseHistoryTests(HubApiFactory host) : CaseHistoryTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCaseHistoryTests(PostgresHubApiFactory host) : CaseHistoryTests(host);
