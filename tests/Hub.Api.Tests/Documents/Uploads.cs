using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hub.Api.Tests.Documents;

/// <summary>
/// Requests in the shape of the GraphQL multipart request specification, as a browser or a client library sends
/// them: <c>operations</c>, <c>map</c>, then the file parts, with the preflight header unless a test leaves it out.
/// </summary>
public static class Uploads
{
    public const string Attach = "mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { "
        + "document { id attachedTo kind sensitivity fileName mediaType sizeBytes sha256 downloadUrl author } "
        + "errors { __typename message ... on ValidationError { field } ... on NotFoundError { id } } } }";

    /// <summary>A small PDF: what the hub checks of one is its first bytes.</summary>
    public static byte[] Pdf(string text = "Relazione sociale") => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    /// <summary>The standard form: <c>operations</c> with the file as null in <c>variables.input.file</c>, the map <c>{"0": ["variables.input.file"]}</c>, the file as part 0.</summary>
    public static MultipartFormDataContent Form(object input, byte[] file, string mediaType = "application/pdf", string fileName = "relazione.pdf",
        string map = """{"0": ["variables.input.file"]}""", string filePart = "0", string query = Attach)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { query, variables = new { input } })), "operations" },
            { new StringContent(map), "map" },
        };
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        form.Add(content, filePart, fileName);
        return form;
    }

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, HttpContent form, bool preflight = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form };
        if (preflight)
            request.Headers.Add("GraphQL-Preflight", "1");
        return await client.SendAsync(request);
    }

    /// <summary>The attachDocument payload of a 200 answer.</summary>
    public static async Task<JsonElement> PayloadAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").GetProperty("attachDocument");
    }

    /// <summary>The one GraphQL error of a refused request, with its status.</summary>
    public static async Task<(int Status, string Code, string Message)> RefusalAsync(this HttpResponseMessage response)
    {
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = Assert.Single(json.GetProperty("errors").EnumerateArray());
        return ((int)response.StatusCode, error.GetProperty("extensions").GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }
}
