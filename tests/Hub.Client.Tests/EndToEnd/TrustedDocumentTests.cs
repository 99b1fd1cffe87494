using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Client.Tests.Operations;
using static Hub.Client.Tests.EndToEnd.Results;

namespace Hub.Client.Tests.EndToEnd;

/// <summary>
/// Trusted documents (DESIGN §5): the hub loads the manifest this project's build wrote, runs
/// documents named by their id alone, and holds the hospital's discharge planners to them.
/// </summary>
[Collection(ClientHubCollection.Name)]
public sealed class TrustedDocumentTests(HubApiFactory host) : HubApiTest(host)
{
    /// <summary>Written by build/Hub.Client.targets from the generator's output, next to this test assembly.</summary>
    private static readonly string Manifest = Path.Combine(AppContext.BaseDirectory, "hub-trusted-documents.json");

    private static readonly Dictionary<string, string> TrustedOnlyPlanners = new()
    {
        ["Hub:GraphQL:TrustedDocuments:0"] = Manifest,
        ["Hub:GraphQL:TrustedOnly:Roles:0"] = "discharge-planner",
    };

    [Fact]
    public void The_build_writes_every_generated_operation_into_the_manifest()
    {
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Manifest))!;

        Assert.Equal(FindPatientQuery.Document.Text, manifest[FindPatientQuery.Document.Sha256]);
        Assert.Equal(AdmitPlacementMutation.Document.Text, manifest[AdmitPlacementMutation.Document.Sha256]);
        Assert.Equal(FollowDischargeRequestsSubscription.Document.Text, manifest[FollowDischargeRequestsSubscription.Document.Sha256]);
        Assert.Equal(23, manifest.Count);
    }

    [Fact]
    public async Task A_trusted_only_client_runs_its_operations_by_id_alone()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, fiscalCode) = await world.RegisterPersonAsync();
        using var hub = KestrelHub.Start(Host, TrustedOnlyPlanners);

        var found = Ok(await hub.Client(KestrelHub.TokenOf(world.Hospital.Client), documentIdOnly: true).FindPatientAsync(fiscalCode));

        Assert.Equal(new GlobalId(personId), found.Person!.Id);
    }

    [Fact]
    public async Task A_trusted_only_client_may_send_the_text_of_a_trusted_document()
    {
        var world = await CareWorld.CreateAsync(Host);
        var (personId, fiscalCode) = await world.RegisterPersonAsync();
        using var hub = KestrelHub.Start(Host, TrustedOnlyPlanners);

        var found = Ok(await hub.Client(KestrelHub.TokenOf(world.Hospital.Client)).FindPatientAsync(fiscalCode));

        Assert.Equal(new GlobalId(personId), found.Person!.Id);
    }

    [Fact]
    public async Task A_trusted_only_client_cannot_run_an_ad_hoc_document()
    {
        var world = await CareWorld.CreateAsync(Host);
        using var hub = KestrelHub.Start(Host, TrustedOnlyPlanners);

        var (status, code) = await PostAsync(hub, KestrelHub.TokenOf(world.Hospital.Client), new { query = "query { persons(first: 100) { nodes { firstName } } }" });

        Assert.Equal((HttpStatusCode.Forbidden, "TRUSTED_DOCUMENTS_ONLY"), (status, code));
    }

    [Fact]
    public async Task People_not_held_to_trusted_documents_still_send_any_document()
    {
        var world = await CareWorld.CreateAsync(Host);
        using var hub = KestrelHub.Start(Host, TrustedOnlyPlanners);

        var (status, code) = await PostAsync(hub, KestrelHub.TokenOf(world.SocialWorker.Client), new { query = "query { healthAuthorities { totalCount } }" });

        Assert.Equal((HttpStatusCode.OK, null), (status, code));
    }

    [Fact]
    public async Task An_unknown_document_id_is_a_clear_404()
    {
        var world = await CareWorld.CreateAsync(Host);
        using var hub = KestrelHub.Start(Host, TrustedOnlyPlanners);

        var (status, code) = await PostAsync(hub, KestrelHub.TokenOf(world.Hospital.Client), new { documentId = "sha256:" + new string('0', 64) });

        Assert.Equal((HttpStatusCode.NotFound, "PERSISTED_DOCUMENT_NOT_FOUND"), (status, code));
    }

    [Fact]
    public async Task A_malformed_document_id_is_a_clear_400()
    {
        var world = await CareWorld.CreateAsync(Host);
        using var hub = KestrelHub.Start(Host, TrustedOnlyPlanners);

        var (status, code) = await PostAsync(hub, KestrelHub.TokenOf(world.Hospital.Client), new { documentId = "md5:abc" });

        Assert.Equal((HttpStatusCode.BadRequest, "INVALID_REQUEST"), (status, code));
    }

    /// <summary>A raw GraphQL-over-HTTP POST, as a client that ignores Hub.Client would send it: the status and the first error's code.</summary>
    private static async Task<(HttpStatusCode Status, string? Code)> PostAsync(KestrelHub hub, string token, object body)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, hub.Endpoint) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var code = json.RootElement.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
        return (response.StatusCode, code);
    }
}
