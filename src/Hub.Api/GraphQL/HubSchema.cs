using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>The one schema of the hub; features contribute their root fields.</summary>
public sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, HubQuery query, Mutations.HubMutation mutation) : base(services)
    {
        Description = "Hub: the integration hub of Tuscany's integrated social and health services (integrazione socio-sanitaria).";
        Query = query;
        Mutation = mutation;
        foreach (var error in Mutations.ErrorInterface.Implementations)
            RegisterType(error);
        RegisterVisitor(new ScalarDescriptions());
    }
}
