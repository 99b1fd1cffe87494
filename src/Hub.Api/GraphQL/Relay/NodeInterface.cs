using GraphQL.Types;

namespace Hub.Api.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: every entity has an opaque global <c>id</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global identifier, refetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global identifier.");
    }
}
