namespace Hub.Client.Tests.Generator;

/// <summary>Documents of every kind the issue lists become C# that compiles without a warning.</summary>
public sealed class GeneratedCodeTests
{
    private const string Documents = """
        query Scalars($on: DateOnly!, $since: DateTimeOffset, $share: Decimal = 12.5, $ids: [ID!]! = []) {
          nodes(ids: $ids) { id ... on StructureModule { dailyHealthShare freePlacesPublishedAt version } }
          dischargeRequests(where: { expectedDischargeOn: { lte: $on } }) { nodes { expectedDischargeOn createdAt status } }
          auditEvents(where: { occurredAt: { gte: $since } }) { totalCount }
          staff(where: { weeklyHours: { gte: $share } }) { nodes { weeklyHours } }
        }

        mutation Confirm($placementId: ID!, $version: Long) {
          confirmPlacement(input: { placementId: $placementId, expectedVersion: $version }) { placement { version } errors { message } }
        }

        mutation Admit($input: AdmitPlacementInput!) {
          admitPlacement(input: $input) {
            placement { ...Stay }
            errors { message ... on CapacityExceededError { moduleId contractedPlaces } ... on ConcurrencyError { actualVersion } }
          }
        }

        fragment Stay on Placement { id status admittedOn structure { name kind modules { kind freePlaces } } }

        query Pages($first: Int = 10, $after: String, $kinds: [StructureKind!]) {
          organizations(first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { name kind structures(first: 3, where: { kind: { in: $kinds } }) { nodes { name accreditation } } } }
          }
        }
        """;

    [Fact]
    public void Queries_mutations_fragments_connections_enums_scalars_and_defaults_compile_cleanly()
    {
        var run = GeneratorRun.Of(("Operations.graphql", Documents));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains(["Scalars.g.cs", "Admit.g.cs", "Pages.g.cs", "HubTypes.g.cs", "HubTrustedDocuments.g.cs"], name => run.Sources.ContainsKey(name));
    }

    [Fact]
    public void Custom_scalars_map_to_their_dotnet_types()
    {
        var code = GeneratorRun.Of(("Operations.graphql", Documents)).Sources["Scalars.g.cs"];

        Assert.Contains("public ScalarsQuery(global::System.DateOnly on, global::System.DateTimeOffset? since = null, decimal? share = null, global::System.Collections.Generic.IReadOnlyList<global::Hub.Client.GlobalId>? ids = null)", code);
        Assert.Contains("decimal DailyHealthShare", code);
        Assert.Contains("global::System.DateTimeOffset? FreePlacesPublishedAt", code);
        Assert.Contains("long Version", code);
        Assert.Contains("public ConfirmMutation(global::Hub.Client.GlobalId placementId, long? version = null)", GeneratorRun.Of(("Operations.graphql", Documents)).Sources["Confirm.g.cs"]);
    }

    [Fact]
    public void Errors_of_a_payload_become_one_record_per_type_the_document_names()
    {
        var code = GeneratorRun.Of(("Operations.graphql", Documents)).Sources["Admit.g.cs"];

        Assert.Contains("public abstract record AdmitPlacementErrors(string Typename, string Message)", code);
        Assert.Contains("public sealed record AdmitPlacementErrorsCapacityExceededError(string Typename, string Message, global::Hub.Client.GlobalId ModuleId, int ContractedPlaces) : AdmitPlacementErrors(Typename, Message)", code);
        Assert.Contains("public sealed record AdmitPlacementErrorsOther(string Typename, string Message) : AdmitPlacementErrors(Typename, Message)", code);
    }

    [Fact]
    public void Whitespace_and_comments_do_not_change_the_document_hash()
    {
        var tidy = GeneratorRun.Of(("A.graphql", "query Zones { healthAuthorities { nodes { name } } }")).Sources["Zones.g.cs"];
        var loose = GeneratorRun.Of(("A.graphql", "# the authorities\nquery Zones {\n  healthAuthorities {\n    nodes { name }\n  }\n}\n")).Sources["Zones.g.cs"];

        Assert.Equal(tidy, loose);
    }

    [Fact]
    public void A_subscription_that_selects_its_position_and_takes_after_can_resume_and_one_without_cannot()
    {
        var run = GeneratorRun.Of(("Events.graphql", """
            subscription Follow($after: String, $hospital: ID) { dischargeRequestChanged(after: $after, hospital: $hospital) { position version } }
            subscription Glance { placementChanged { version } }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        var follow = run.Sources["Follow.g.cs"];
        Assert.Contains("string? global::Hub.Client.IHubSubscription<Data>.PositionOf(Data data) => data.DischargeRequestChanged?.Position;", follow);
        Assert.Contains("ResumeAfter(string position) => new FollowSubscription(after: position, hospital: Hospital);", follow);
        Assert.Contains("IAsyncEnumerable<global::Hub.Client.HubResult<FollowSubscription.Data>> FollowAsync(", follow);
        Assert.Contains("ResumeAfter(string position) => null;", run.Sources["Glance.g.cs"]);
    }

    [Fact]
    public void A_field_a_type_condition_selects_more_of_keeps_every_sub_field_in_that_variant()
    {
        // The hub's interfaces have scalar fields only; an interface with an object field shows the merge.
        var run = GeneratorRun.OnSchema("""
            type Query { search: [Result!]! }
            interface Result { title: String! owner: Person! }
            type Person { name: String! email: String }
            type Doc implements Result { title: String! owner: Person! pages: Int! }
            type Note implements Result { title: String! owner: Person! }
            """, ("Search.graphql", "query Find { search { title owner { name } ... on Doc { owner { email } pages } } }"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        var code = run.Sources["Find.g.cs"];
        Assert.Contains("public abstract record Search(string Typename, string Title)", code);
        Assert.Contains("public sealed record SearchDoc(string Typename, string Title, global::Consumer.Hub.FindQuery.SearchDocOwner Owner, int Pages) : Search(Typename, Title)", code);
        Assert.Contains("public sealed record SearchDocOwner(string Name, string? Email)", code);
        Assert.Contains("public sealed record SearchOther(string Typename, string Title, global::Consumer.Hub.FindQuery.SearchOwner Owner) : Search(Typename, Title)", code);
    }
}
