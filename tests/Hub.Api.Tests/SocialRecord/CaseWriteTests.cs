using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Documents;
using Hub.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.SocialRecord;

/// <summary>The rules every write to a case's record obeys, whichever mutation makes it (Hub.Api/Access/CaseWrites.cs).</summary>
public abstract class CaseWriteTests(HubApiHost host) : HubApiTest(host)
{
    private static object Entry(string caseId, string sensitivity = "SOCIAL") =>
        new { careCaseId = caseId, kind = "NOTE", participants = Array.Empty<string>(), text = "Colloquio telefonico.", sensitivity };

    [Fact]
    public async Task The_receiving_zone_of_a_waiting_transfer_writes_nothing_to_the_case_until_it_accepts()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("transferCase", "TransferCaseInput", new { careCaseId = caseId, toZoneId = world.OtherZoneId, reason = "Trasferimento" }, "careCase");

        var diary = await world.OtherZoneWorker.Refused("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId), "diaryEntry");
        var assessing = await world.OtherZoneWorker.Refused("startCaseAssessment", "CaseActionInput", new { careCaseId = caseId }, "careCase");
        var closing = await world.OtherZoneWorker.Refused("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase");
        var document = await (await world.OtherZoneWorker.Client.PostAsync(Uploads.Form(new { ownerId = caseId, kind = "REPORT", file = (object?)null }, Uploads.Pdf()))).PayloadAsync();
        await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId), "diaryEntry");
        await world.OtherZoneWorker.Succeed("acceptCaseTransfer", "AcceptCaseTransferInput", new { careCaseId = caseId }, "careCase");
        await world.OtherZoneWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId), "diaryEntry");

        Assert.Equal(["ForbiddenError", "ForbiddenError", "ForbiddenError", "ForbiddenError"],
            new[] { diary, assessing, closing, document.At("errors")[0] }.Select(e => e.At("__typename").GetString()));
        Assert.Equal(JsonValueKind.Null, document.At("document").ValueKind);
    }

    [Fact]
    public async Task A_closed_case_takes_no_diary_entry_and_no_court_deadline_until_it_is_reopened()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var measure = await world.ChildProtectionWorker.Succeed("recordCourtMeasure", "RecordCourtMeasureInput", new
        {
            careCaseId = caseId, authority = "JUVENILE_COURT", kind = "ENTRUSTMENT_TO_SOCIAL_SERVICE", decreeReference = "R.G. 1/2026 V.G.", decreedOn = CareWorld.Today.ToString("yyyy-MM-dd"),
        }, "courtMeasure");
        await world.SocialWorker.Succeed("closeCase", "CloseCaseInput", new { careCaseId = caseId, reason = "GOALS_MET" }, "careCase");

        var deadline = await world.ChildProtectionWorker.Refused("setCourtDeadline", "SetCourtDeadlineInput",
            new { courtMeasureId = measure.At("id").GetString(), description = "Relazione", dueOn = CareWorld.Today.AddMonths(6).ToString("yyyy-MM-dd") }, "courtDeadline");
        var diary = await world.SocialWorker.Refused("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId), "diaryEntry");
        await world.SocialWorker.Succeed("reopenCase", "ReopenCaseInput", new { careCaseId = caseId, reason = "Nuova segnalazione" }, "careCase");
        await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId), "diaryEntry");

        Assert.Equal(("InvalidTransitionError", "InvalidTransitionError"), (deadline.At("__typename").GetString(), diary.At("__typename").GetString()));
    }

    [Fact]
    public async Task A_court_report_is_filed_neither_before_the_decree_nor_in_the_future()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync(CareWorld.Today.AddDays(-30));
        var measure = await world.ChildProtectionWorker.Succeed("recordCourtMeasure", "RecordCourtMeasureInput", new
        {
            careCaseId = caseId, authority = "JUVENILE_COURT", kind = "ENTRUSTMENT_TO_SOCIAL_SERVICE", decreeReference = "R.G. 2/2026 V.G.", decreedOn = CareWorld.Today.AddDays(-10).ToString("yyyy-MM-dd"),
        }, "courtMeasure");
        var deadline = (await world.ChildProtectionWorker.Succeed("setCourtDeadline", "SetCourtDeadlineInput",
            new { courtMeasureId = measure.At("id").GetString(), description = "Relazione", dueOn = CareWorld.Today.AddMonths(6).ToString("yyyy-MM-dd") }, "courtDeadline")).At("id").GetString();

        var early = await world.ChildProtectionWorker.Refused("fileCourtReport", "FileCourtReportInput",
            new { courtDeadlineId = deadline, reference = "Prot. 1", filedOn = CareWorld.Today.AddDays(-11).ToString("yyyy-MM-dd") }, "courtDeadline");
        var future = await world.ChildProtectionWorker.Refused("fileCourtReport", "FileCourtReportInput",
            new { courtDeadlineId = deadline, reference = "Prot. 1", filedOn = CareWorld.Today.AddDays(1).ToString("yyyy-MM-dd") }, "courtDeadline");
        await world.ChildProtectionWorker.Succeed("fileCourtReport", "FileCourtReportInput",
            new { courtDeadlineId = deadline, reference = "Prot. 1", filedOn = CareWorld.Today.AddDays(-10).ToString("yyyy-MM-dd") }, "courtDeadline");

        Assert.Equal((("ValidationError", "filedOn"), ("ValidationError", "filedOn")),
            ((early.At("__typename").GetString(), early.At("field").GetString()), (future.At("__typename").GetString(), future.At("field").GetString())));
    }

    [Fact]
    public async Task A_diary_entry_is_marked_only_at_a_level_its_author_reads()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();

        var judicial = await world.SocialWorker.Refused("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId, "JUDICIAL"), "diaryEntry");
        await world.SocialWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId, "HEALTH"), "diaryEntry");
        await world.ChildProtectionWorker.Succeed("addDiaryEntry", "AddDiaryEntryInput", Entry(caseId, "JUDICIAL"), "diaryEntry");

        Assert.Equal("ForbiddenError", judicial.At("__typename").GetString());
    }

    [Fact]
    public async Task A_clinical_role_in_the_team_is_health_and_forbidden_to_a_comune()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput", new { careCaseId = caseId, staffMemberId = world.OtherZoneWorkerId, role = "PSYCHOLOGIST" }, "careCase");
        await world.SocialWorker.Succeed("addCaseTeamMember", "AddCaseTeamMemberInput", new { careCaseId = caseId, staffMemberId = world.SocialWorkerId, role = "SOCIAL_WORKER" }, "careCase");

        var body = await world.Desk.Client.QueryAsync("query($id: ID!) { node(id: $id) { ... on CareCase { team { role } } } }", new { id = caseId });
        var roles = (await world.SocialWorker.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on CareCase { team { role } } } }", new { id = caseId }))
            .At("node", "team").EnumerateArray().Select(m => m.At("role").GetString()).Order();

        Assert.Equal(["PSYCHOLOGIST", "SOCIAL_WORKER"], roles);
        Assert.Equal(new string?[] { null, "SOCIAL_WORKER" }, body.At("data", "node", "team").EnumerateArray().Select(m => m.At("role").GetString()).Order());
        Assert.Equal("FORBIDDEN", Assert.Single(body.At("errors").EnumerateArray()).At("extensions", "code").GetString());
    }

    [Fact]
    public async Task A_hospital_attaches_its_discharge_letter_as_health_to_its_own_request_and_nowhere_else()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (personId, code, _) = await world.RegisterCodedResidentAsync();
        var request = await world.Hospital.Succeed("submitDischargeRequest", "SubmitDischargeRequestInput", new
        {
            hospitalId = world.HospitalId, ward = "Medicina", admissionReference = $"N{Guid.NewGuid():N}"[..12], fiscalCode = code,
            expectedDischargeOn = CareWorld.Today.AddDays(3).ToString("yyyy-MM-dd"), needs = "Assistenza", proposedSetting = "HOME",
        }, "dischargeRequest");
        // The payload's errors only: what the hospital reads back of its letter is DocumentTests' concern.
        const string attach = "mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { errors { __typename } } }";
        var requestId = CareWorld.Key(request.At("id").GetString()!);

        var letter = await (await world.Hospital.Client.PostAsync(Uploads.Form(new { ownerId = request.At("id").GetString(), kind = "DISCHARGE_LETTER", file = (object?)null },
            Uploads.Pdf("Lettera di dimissione"), query: attach))).PayloadAsync();
        var onPerson = await (await world.Hospital.Client.PostAsync(Uploads.Form(new { ownerId = personId, kind = "DISCHARGE_LETTER", file = (object?)null },
            Uploads.Pdf(), query: attach))).PayloadAsync();
        var provider = await (await world.Provider.Client.PostAsync(Uploads.Form(new { ownerId = request.At("id").GetString(), kind = "REPORT", file = (object?)null },
            Uploads.Pdf(), query: attach))).RefusalAsync();

        Assert.Equal(0, letter.At("errors").GetArrayLength());
        Assert.Equal(Hub.Domain.Audit.Sensitivity.Health, await world.Read(db => db.Documents.Where(d => d.DischargeRequestId == requestId).Select(d => d.Sensitivity).SingleAsync()));
        Assert.Equal("ForbiddenError", onPerson.At("errors")[0].At("__typename").GetString());
        Assert.Equal("FORBIDDEN", provider.Code);
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteCaseWriteTests(HubApiFactory host) : CaseWriteTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresCaseWriteTests(PostgresHubApiFactory host) : CaseWriteTests(host);
