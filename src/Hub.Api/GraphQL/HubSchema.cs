using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>The one schema of the hub; features contribute their root fields.</summary>
public sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, HubQuery query, Mutations.HubMutation mutation) : base(services)
    {
        Description = "Hub: the integration hub of Tuscany's integrated social and health services (integrazione socio-sanitaria). "
            + "Every request needs a bearer token. Fields above PUBLIC state their sensitivity; without the clearance for it a field is null with a FORBIDDEN error at its path.";
        Query = query;
        Mutation = mutation;
        foreach (var error in Mutations.ErrorInterface.Implementations)
            RegisterType(error);
        // Every text a client sends is checked once, wherever it appears.
        RegisterType(new InputRules.TextScalar());
        RegisterVisitor(new ScalarDescriptions());
        RegisterVisitor(new Access.SensitivityRules());
        RegisterVisitor(new Access.InputClearanceRules());
    }
}
