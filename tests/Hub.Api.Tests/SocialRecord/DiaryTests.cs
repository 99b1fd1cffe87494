using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.SocialRecord;

public abstract class DiaryTests(HubApiHost host) : HubApiTest(host)
{
    private const string Diary = "query($id: ID!) { node(id: $id) { ... on CareCase { diary { totalCount nodes { id kind occurredOn sensitivity text participants author { id } corrects { id } } } } } }";

    [Fact]
    public async Task A_correction_is_a_new_entry_and_the_original_stays_both_in_order()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var original = await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", new
        {
            careCaseId = caseId, kind = "HOME_VISIT", authorId = world.SocialWorkerId, participants = new[] { "la madre" }, text = "Casa in ordine, frigorifero vuoto.",
        }, "diaryEntry", "id sensitivity");
        var correction = await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", new
        {
            careCaseId = caseId, kind = "NOTE", authorId = world.SocialWorkerId, text = "Rettifica: il frigorifero era pieno.", correctsId = original.At("id").GetString(),
        }, "diaryEntry");

        var diary = (await world.SocialWorker.Client.DataAsync(Diary, new { id = caseId })).At("node", "diary");

        var entries = diary.At("nodes").EnumerateArray().ToList();
        Assert.Equal(2, diary.At("totalCount").GetInt32());
        // Newest first: the correction, then what it corrects.
        Assert.Equal([correction.At("id").GetString(), original.At("id").GetString()], entries.Select(e => e.At("id").GetString()));
        Assert.Equal("Casa in ordine, frigorifero vuoto.", entries[1].At("text").GetString());
        Assert.Equal(("SOCIAL", "la madre"), (original.At("sensitivity").GetString(), entries[1].At("participants")[0].GetString()));
        Assert.Equal(original.At("id").GetString(), entries[0].At("corrects", "id").GetString());
    }

    [Fact]
    public async Task A_judicial_entry_text_is_refused_to_a_reader_without_that_clearance_and_the_rest_of_the_diary_stands()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", new { careCaseId = caseId, kind = "INTERVIEW", authorId = world.SocialWorkerId, text = "Colloquio con la famiglia." }, "diaryEntry");
        await world.ChildProtectionWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", new
        {
            careCaseId = caseId, kind = "REPORT_SENT", authorId = world.SocialWorkerId, text = "Relazione al Tribunale per i minorenni.", sensitivity = "JUDICIAL",
            participants = new[] { "avv. Bianchi (difensore)" },
        }, "diaryEntry");

        var acot = await world.Acot.Client.QueryAsync(Diary, new { id = caseId });
        var worker = await world.ChildProtectionWorker.Client.DataAsync(Diary, new { id = caseId });

        // Newest first: the court report, then the interview.
        var seen = acot.At("data", "node", "diary", "nodes").EnumerateArray().ToList();
        Assert.Equal(("Colloquio con la famiglia.", JsonValueKind.Null, JsonValueKind.Null),
            (seen[1].At("text").GetString(), seen[0].At("text").ValueKind, seen[0].At("participants").ValueKind));
        Assert.Equal("JUDICIAL", seen[0].At("sensitivity").GetString());
        var errors = acot.At("errors").EnumerateArray().ToList();
        Assert.All(errors, error => Assert.Equal("FORBIDDEN", error.At("extensions", "code").GetString()));
        Assert.Equal(["node/diary/nodes/0/participants", "node/diary/nodes/0/text"],
            errors.Select(error => string.Join('/', error.At("path").EnumerateArray().Select(p => p.ToString()))).Order(StringComparer.Ordinal));
        Assert.Equal(("Relazione al Tribunale per i minorenni.", "avv. Bianchi (difensore)"),
            (worker.At("node", "diary", "nodes")[0].At("text").GetString(), worker.At("node", "diary", "nodes")[0].At("participants")[0].GetString()));
        var denied = await Read(db => db.AuditEvents.CountAsync(e => e.Outcome == Hub.Domain.Audit.AuditOutcome.Denied && e.Sensitivity == Hub.Domain.Audit.Sensitivity.Judicial
            && e.PersonId == db.CareCases.Where(c => c.Id == CareWorld.Key(caseId)).Select(c => c.PersonId).Single()));
        Assert.Equal(1, denied);
    }

    [Fact]
    public async Task A_correction_of_another_cases_entry_is_refused()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var first = await world.OpenCaseAsync();
        var second = await world.OpenCaseAsync();
        var entry = await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", new { careCaseId = first, kind = "PHONE_CALL", authorId = world.SocialWorkerId, text = "Telefonata." }, "diaryEntry");

        var error = await world.SocialWorker.Refused("addDiaryEntry", "AddDiaryEntryInput",
            new { careCaseId = second, kind = "NOTE", authorId = world.SocialWorkerId, text = "Rettifica.", correctsId = entry.At("id").GetString() }, "diaryEntry");

        Assert.Equal(("ValidationError", "correctsId"), (error.At("__typename").GetString(), error.At("field").GetString()));
    }

    [Fact]
    public async Task The_diary_of_a_case_out_of_scope_is_not_found_for_writing()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();

        var error = await world.OtherZoneWorker.Refused("addDiaryEntry", "AddDiaryEntryInput",
            new { careCaseId = caseId, kind = "NOTE", authorId = world.SocialWorkerId, text = "Nota." }, "diaryEntry");

        Assert.Equal("NotFoundError", error.At("__typename").GetString());
    }

    [Fact]
    public async Task An_entry_is_signed_by_the_caller_and_one_in_another_staff_members_name_is_refused()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();

        var unsigned = await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", new { careCaseId = caseId, kind = "NOTE", text = "Nota." }, "diaryEntry", "author { id }");
        var forged = await world.SocialWorker.Refused("addDiaryEntry", "AddDiaryEntryInput",
            new { careCaseId = caseId, kind = "NOTE", authorId = world.OtherZoneWorkerId, text = "Nota a nome di altri." }, "diaryEntry");

        Assert.Equal(world.SocialWorkerId, unsigned.At("author", "id").GetString());
        Assert.Equal(("ValidationError", "authorId"), (forged.At("__typename").GetString(), forged.At("field").GetString()));
    }

    private async Task<T> Read<T>(Func<Hub.Domain.Persistence.HubDbContext, Task<T>> read)
    {
        await using var scope = Host.SystemScope();
        return await read(Host.SystemContext(scope));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteDiaryTests(HubApiFactory host) : DiaryTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresDiaryTests(PostgresHubApiFactory host) : DiaryTests(host);
