using System.Text;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SocialRecord;

namespace Hub.Api.Tests.Documents;

/// <summary>The GraphQL multipart request specification at /graphql: what is refused, with which status, and that nothing is left behind.</summary>
public abstract class MultipartRequestTests(HubApiHost host) : HubApiTest(host)
{
    [Fact]
    public async Task A_multipart_request_without_the_preflight_header_is_refused_with_400()
    {
        var (world, caseId) = await CaseAsync();

        var refusal = await (await world.SocialWorker.Client.PostAsync(Form(caseId), preflight: false)).RefusalAsync();

        Assert.Equal((400, "INVALID_REQUEST"), (refusal.Status, refusal.Code));
        Assert.Contains("GraphQL-Preflight", refusal.Message);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var (world, caseId) = await CaseAsync();
        var large = new byte[10 * 1024 * 1024 + 1];
        Uploads.Pdf().CopyTo(large, 0);

        var refusal = await (await world.SocialWorker.Client.PostAsync(Uploads.Form(Input(caseId), large))).RefusalAsync();

        Assert.Equal((413, "FILE_TOO_LARGE"), (refusal.Status, refusal.Code));
        Assert.Equal(0, await DocumentsOf(caseId));
    }

    [Theory]
    [InlineData("image/gif", "GIF89a")]
    [InlineData("application/pdf", "<html><script>alert(1)</script></html>")]
    public async Task A_file_of_a_type_not_allowed_or_not_what_it_declares_is_refused_with_415(string mediaType, string content)
    {
        var (world, caseId) = await CaseAsync();

        var refusal = await (await world.SocialWorker.Client.PostAsync(Uploads.Form(Input(caseId), Encoding.ASCII.GetBytes(content), mediaType))).RefusalAsync();

        Assert.Equal((415, "UNSUPPORTED_MEDIA_TYPE"), (refusal.Status, refusal.Code));
        Assert.Equal(0, await DocumentsOf(caseId));
    }

    [Theory]
    [InlineData("""{"1": ["variables.input.file"]}""", "0", "not named in 'map'")]
    [InlineData("""{"0": ["variables.input.file"], "1": ["variables.input.file"]}""", "0", "does not contain")]
    [InlineData("""{"0": ["variables.input.kind"]}""", "0", "null placeholder")]
    [InlineData("""{"0": ["query"]}""", "0", "outside 'variables'")]
    [InlineData("""["variables.input.file"]""", "0", "'map' must be a JSON object")]
    public async Task A_malformed_map_is_refused_with_400_saying_what_is_wrong(string map, string filePart, string expected)
    {
        var (world, caseId) = await CaseAsync();

        var refusal = await (await world.SocialWorker.Client.PostAsync(Uploads.Form(Input(caseId), Uploads.Pdf(), map: map, filePart: filePart))).RefusalAsync();

        Assert.Equal((400, "INVALID_REQUEST"), (refusal.Status, refusal.Code));
        Assert.Contains(expected, refusal.Message);
        Assert.Equal(0, await DocumentsOf(caseId));
    }

    [Fact]
    public async Task A_request_without_its_map_part_is_refused_with_400()
    {
        var (world, caseId) = await CaseAsync();
        var form = new MultipartFormDataContent { { new StringContent("""{"query": "mutation { __typename }"}"""), "operations" } };
        form.Add(new ByteArrayContent(Uploads.Pdf()), "0", "a.pdf");

        var refusal = await (await world.SocialWorker.Client.PostAsync(form)).RefusalAsync();

        Assert.Equal((400, "INVALID_REQUEST"), (refusal.Status, refusal.Code));
        Assert.Contains("'map'", refusal.Message);
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_refused_with_400()
    {
        var (world, _) = await CaseAsync();
        var body = new StringContent("--b\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{\"query\":", Encoding.ASCII);
        body.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var refusal = await (await world.SocialWorker.Client.PostAsync(body)).RefusalAsync();

        Assert.Equal(400, refusal.Status);
    }

    private async Task<(SocialWorld World, string CaseId)> CaseAsync()
    {
        var world = await SocialWorld.CreateAsync(Host);
        return (world, await world.OpenCaseAsync());
    }

    private static object Input(string caseId) => new { ownerId = caseId, kind = "REPORT", file = (object?)null };

    private static MultipartFormDataContent Form(string caseId) => Uploads.Form(Input(caseId), Uploads.Pdf());

    private async Task<int> DocumentsOf(string caseId)
    {
        await using var scope = Host.SystemScope();
        var key = CareWorld.Key(caseId);
        return Host.SystemContext(scope).Documents.Count(d => d.CareCaseId == key);
    }
}

[Collection(CareApiCollection.Name)]
public sealed class SqliteMultipartRequestTests(HubApiFactory host) : MultipartRequestTests(host);

[Collection(PostgresCareApiCollection.Name)]
public sealed class PostgresMultipartRequestTests(PostgresHubApiFactory host) : MultipartRequestTests(host);
