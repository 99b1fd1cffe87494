using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;
using Hub.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Documents;

/// <summary>Issue 16: a team member uploads and downloads a PDF; a provider and a hospital are refused, and audited.</summary>
public abstract class DocumentTests(HubApiHost host) : HubApiTest(host)
{
    private const string CaseDocuments = "query($id: ID!) { node(id: $id) { ... on CareCase { documents { totalCount nodes { id kind sensitivity fileName sizeBytes sha256 supersedes { id } } } } } }";

    [Fact]
    public async Task A_social_worker_uploads_a_pdf_and_downloads_the_same_bytes()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var pdf = Uploads.Pdf();

        var document = (await (await world.SocialWorker.Client.PostAsync(Uploads.Form(new { ownerId = caseId, kind = "REPORT", file = (object?)null }, pdf))).PayloadAsync()).At("document");
        using var download = await world.SocialWorker.Client.GetAsync(document.At("downloadUrl").GetString());

        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal((sha, pdf.Length, "relazione.pdf", "application/pdf", "SOCIAL", "CARE_CASE"), (document.At("sha256").GetString(), document.At("sizeBytes").GetInt32(),
            document.At("fileName").GetString(), document.At("mediaType").GetString(), document.At("sensitivity").GetString(), document.At("attachedTo").GetString()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "relazione.pdf"), (download.Content.Headers.ContentDisposition?.DispositionType, download.Content.Headers.ContentDisposition?.FileNameStar));
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal($"\"{sha}\"", download.Headers.ETag?.Tag);
        Assert.Equal(1, await Read(db => db.AuditEvents.CountAsync(e => e.EntityType == "Document" && e.EntityId == CareWorld.Key(document.At("id").GetString()!)
            && e.Outcome == AuditOutcome.Success && e.Action == AuditAction.Read && e.PersonId != null)));
    }

    [Fact]
    public async Task A_provider_a_hospital_and_another_zone_get_not_found_and_each_refusal_is_audited()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var url = (await AttachAsync(world, await world.OpenCaseAsync())).At("downloadUrl").GetString()!;

        var answers = new List<HttpStatusCode>();
        foreach (var outsider in new[] { world.Provider, world.Hospital, world.OtherZoneWorker })
            answers.Add((await outsider.Client.GetAsync(url)).StatusCode);
        var unknown = await world.SocialWorker.Client.GetAsync("/documents/" + Hub.Api.GraphQL.Relay.GlobalId.Encode("Document", Guid.CreateVersion7()));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var key = CareWorld.Key(url["/documents/".Length..]);
        Assert.Equal(3, await Read(db => db.AuditEvents.CountAsync(e => e.EntityType == "Document" && e.EntityId == key && e.Outcome == AuditOutcome.Denied)));
    }

    [Fact]
    public async Task A_malformed_document_id_is_a_400_with_an_error_body_saying_so()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var personId = Hub.Api.GraphQL.Relay.GlobalId.Encode("Person", Guid.CreateVersion7());

        foreach (var id in new[] { "abc", "%ZZ", "%C0%AF", personId })
        {
            using var response = await world.SocialWorker.Client.GetAsync("/documents/" + id);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("INVALID_ID", body.At("errors")[0].At("extensions", "code").GetString());
            Assert.Contains("is not the id of a Document", body.At("errors")[0].At("message").GetString());
        }
    }

    [Fact]
    public async Task A_comune_sees_a_health_document_of_its_resident_with_the_file_name_forbidden_and_its_download_is_403()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var document = await AttachAsync(world, caseId, sensitivity: "HEALTH");

        var listed = await world.Desk.Client.QueryAsync(CaseDocuments, new { id = caseId });
        using var download = await world.Desk.Client.GetAsync(document.At("downloadUrl").GetString());

        var node = listed.At("data", "node", "documents", "nodes")[0];
        Assert.Equal(("HEALTH", JsonValueKind.Null, document.At("sha256").GetString()), (node.At("sensitivity").GetString(), node.At("fileName").ValueKind, node.At("sha256").GetString()));
        Assert.Equal("FORBIDDEN", Assert.Single(listed.At("errors").EnumerateArray()).At("extensions", "code").GetString());
        var (status, code, _) = await download.RefusalAsync();
        Assert.Equal((403, "FORBIDDEN"), (status, code));
        var key = CareWorld.Key(document.At("id").GetString()!);
        Assert.Equal(1, await Read(db => db.AuditEvents.CountAsync(e => e.EntityType == "Document" && e.EntityId == key && e.Outcome == AuditOutcome.Denied && e.Sensitivity.HasFlag(Sensitivity.Health))));
    }

    [Fact]
    public async Task A_hospital_reads_back_the_discharge_letter_it_attached_and_nothing_of_the_social_record_while_a_provider_and_a_comune_read_nothing()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (personId, code, _) = await world.RegisterCodedResidentAsync();
        var request = await world.Hospital.Succeed("submitDischargeRequest", "SubmitDischargeRequestInput", new
        {
            hospitalId = world.HospitalId, ward = "Medicina", admissionReference = $"N{Guid.NewGuid():N}"[..12], fiscalCode = code,
            expectedDischargeOn = CareWorld.Today.AddDays(3).ToString("yyyy-MM-dd"), needs = "Assistenza", proposedSetting = "HOME",
        }, "dischargeRequest");
        var requestId = request.At("id").GetString()!;
        var social = await AttachAsync(world, personId);
        var letterPdf = Uploads.Pdf("Lettera di dimissione");

        var letter = (await (await world.Hospital.Client.PostAsync(Uploads.Form(new { ownerId = requestId, kind = "DISCHARGE_LETTER", file = (object?)null },
            letterPdf, fileName: "lettera.pdf"))).PayloadAsync()).At("document");
        var listed = await world.Hospital.Client.DataAsync("query($id: ID!) { node(id: $id) { ... on DischargeRequest { documents { nodes { id fileName } } } } }", new { id = requestId });
        using var download = await world.Hospital.Client.GetAsync(letter.At("downloadUrl").GetString());
        using var socialDownload = await world.Hospital.Client.GetAsync(social.At("downloadUrl").GetString());
        var socialNode = await world.Hospital.Client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = social.At("id").GetString() });

        Assert.Equal(("HEALTH", "lettera.pdf", "DISCHARGE_REQUEST"), (letter.At("sensitivity").GetString(), letter.At("fileName").GetString(), letter.At("attachedTo").GetString()));
        var node = Assert.Single(listed.At("node", "documents", "nodes").EnumerateArray());
        Assert.Equal((letter.At("id").GetString(), "lettera.pdf"), (node.At("id").GetString(), node.At("fileName").GetString()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(letterPdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal((HttpStatusCode.NotFound, JsonValueKind.Null), (socialDownload.StatusCode, socialNode.At("node").ValueKind));
        foreach (var outsider in new[] { world.Provider, world.Desk })
        {
            using var refused = await outsider.Client.GetAsync(letter.At("downloadUrl").GetString());
            var read = await outsider.Client.QueryAsync("query($id: ID!) { node(id: $id) { ... on Document { fileName } } }", new { id = letter.At("id").GetString() });
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.True(read.At("data", "node").ValueKind == JsonValueKind.Null || read.At("data", "node", "fileName").ValueKind == JsonValueKind.Null, read.ToString());
        }
    }

    [Fact]
    public async Task A_correction_is_a_new_document_superseding_the_first_which_stays()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var caseId = await world.OpenCaseAsync();
        var first = await AttachAsync(world, caseId);
        var second = await AttachAsync(world, caseId, supersedesId: first.At("id").GetString());

        var documents = (await world.SocialWorker.Client.DataAsync(CaseDocuments, new { id = caseId })).At("node", "documents");

        Assert.Equal(2, documents.At("totalCount").GetInt32());
        Assert.Equal(first.At("id").GetString(), documents.At("nodes").EnumerateArray().Single(d => d.At("id").GetString() == second.At("id").GetString()).At("supersedes", "id").GetString());
    }

    [Fact]
    public async Task A_refused_attachment_leaves_no_document_and_no_content()
    {
        var world = await SocialWorld.CreateAsync(Host);
        var (caseId, otherCase) = (await world.OpenCaseAsync(), await world.OpenCaseAsync());
        var first = await AttachAsync(world, caseId);
        var before = await Read(async db => (await db.Documents.CountAsync(), await db.DocumentContents.CountAsync()));

        var foreign = await (await world.OtherZoneWorker.Client.PostAsync(Uploads.Form(new { ownerId = caseId, kind = "REPORT", file = (object?)null }, Uploads.Pdf()))).PayloadAsync();
        var elsewhere = await (await world.SocialWorker.Client.PostAsync(Uploads.Form(
            new { ownerId = otherCase, kind = "REPORT", supersedesId = first.At("id").GetString(), file = (object?)null }, Uploads.Pdf()))).PayloadAsync();

        Assert.Equal("NotFoundError", foreign.At("errors")[0].At("__typename").GetString());
        Assert.Equal(("ValidationError", "supersedesId"), (elsewhere.At("errors")[0].At("__typename").GetString(), elsewhere.At("errors")[0].At("field").GetString()));
        Assert.Equal(before, await Read(async db => (await db.Documents.CountAsync(), await db.DocumentContents.CountAsync())));
    }

    private static async Task<JsonElement> AttachAsync(SocialWorld world, string ownerId, string sensitivity = "SOCIAL", string? supersedesId = null) =>
        (await (await world.SocialWorker.Client.PostAsync(Uploads.Form(new { ownerId, kind = "REPORT", sensitivity, supersedesId, file = (object?)null }, Uploads.Pdf())))
            .PayloadAsync()).At("document");

    private async Task<T> Read<T>(Func<Hub.Domain.Persistence.HubDbContext, Task<T>> read)
    {
        await using var scope = Host.SystemScope();
        return await read(Host.SystemContext(scope));
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteDocumentTests(HubApiFactory host) : DocumentTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresDocumentTests(PostgresHubApiFactory host) : DocumentTests(host);
