using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.GraphQL.Relay;

public abstract class NodeTests(HubApiHost factory) : HubApiTest(factory)
{
    public static TheoryData<string, string> EveryNodeType => new()
    {
        { "HealthAuthority", "healthAuthorities(first: 1) { nodes { id } }" },
        { "Zone", "zones(first: 1) { nodes { id } }" },
        { "Municipality", "municipalities(first: 1) { nodes { id } }" },
        { "Organization", "organizations(first: 1) { nodes { id } }" },
        { "StaffMember", "staff(first: 1) { nodes { id } }" },
        { "Structure", "structures(first: 1) { nodes { id } }" },
        { "FamilyCenter", "familyCenters(first: 1) { nodes { id } }" },
        { "Service", "services(first: 1) { nodes { id } }" },
        { "Person", "persons(first: 1) { nodes { id } }" },
        { "Household", "households(first: 1) { nodes { id } }" },
    };

    [Theory]
    [MemberData(nameof(EveryNodeType))]
    public async Task Node_refetches_an_object_by_its_global_id(string typeName, string listQuery)
    {
        var client = Host.CreateClient();
        var id = await FirstIdAsync(client, listQuery);

        var node = (await client.DataAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id })).At("node");

        Assert.Equal(typeName, node.At("__typename").GetString());
        Assert.Equal(id, node.At("id").GetString());
    }

    [Fact]
    public async Task Structure_module_is_a_node_too()
    {
        var client = Host.CreateClient();
        var id = (await client.DataAsync("{ structures(first: 1) { nodes { modules { id } } } }")).At("structures", "nodes")[0].At("modules")[0].At("id").GetString();

        var node = (await client.DataAsync("query($id: ID!) { node(id: $id) { __typename ... on StructureModule { freePlaces } } }", new { id })).At("node");

        Assert.Equal("StructureModule", node.At("__typename").GetString());
    }

    [Fact]
    public async Task Nodes_returns_objects_in_the_order_asked_and_null_for_unknown_ids()
    {
        var client = Host.CreateClient();
        var zone = await FirstIdAsync(client, "zones(first: 1) { nodes { id } }");
        var person = await FirstIdAsync(client, "persons(first: 1) { nodes { id } }");
        var unknown = Hub.Api.GraphQL.Relay.GlobalId.Encode("Zone", Guid.NewGuid());

        var nodes = (await client.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { person, unknown, zone } })).At("nodes");

        Assert.Equal(person, nodes[0].At("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(zone, nodes[2].At("id").GetString());
    }

    [Fact]
    public async Task Nodes_refuses_more_ids_than_the_limit()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => Hub.Api.GraphQL.Relay.GlobalId.Encode("Zone", Guid.NewGuid())).ToArray();

        var body = await Host.CreateClient().QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Contains("at most 100", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_id_gets_an_invalid_id_error()
    {
        var body = await Host.CreateClient().QueryAsync("{ node(id: \"not base64!\") { id } }");

        Assert.Equal("INVALID_ID", body.GetProperty("errors")[0].At("extensions", "code").GetString());
    }

    private static async Task<string> FirstIdAsync(HttpClient client, string listQuery)
    {
        var data = await client.DataAsync($"{{ {listQuery} }}");
        return data.EnumerateObject().First().Value.At("nodes")[0].At("id").GetString()!;
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteNodeTests(HubApiFactory factory) : NodeTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresNodeTests(PostgresHubApiFactory factory) : NodeTests(factory);
