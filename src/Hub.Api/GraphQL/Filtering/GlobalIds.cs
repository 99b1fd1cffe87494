using Hub.Api.GraphQL.Relay;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>The id filter's operands turned from global ids into the keys stored in the column.</summary>
internal static class GlobalIds
{
    public static IDictionary<string, object?> Keys(string typeName, IDictionary<string, object?> operations) =>
        operations.ToDictionary(o => o.Key, o => o.Value switch
        {
            null => null,
            string id => Key(typeName, id),
            IEnumerable<object?> ids => (object?)ids.Select(id => Key(typeName, (string)id!)).ToList(),
            var other => throw new InvalidOperationException($"Unexpected id operand {other}."),
        });

    private static object Key(string typeName, string id) =>
        GlobalId.TryDecode(id, out var type, out var key) && type == typeName ? key : throw HubErrors.InvalidId(id);
}
