using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>The one schema of the hub; features contribute their root fields.</summary>
public sealed class HubSchema : Schema
{
    public HubSchema(IServiceProvider services, HubQuery query, Mutations.HubMutation mutation, Events.HubSubscription subscription) : base(services)
    {
        Description = "Hub: the integration hub of Tuscany's integrated social and health services (integrazione socio-sanitaria). "
            + "Every request needs a bearer token. Fields above PUBLIC state their sensitivity; without the clearance for it a field is null with a FORBIDDEN error at its path.";
        // The October 2021 introspection: __Directive.isRepeatable, includeDeprecated on arguments and input fields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Directives.Register(SpecifiedBy.Definition());
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        foreach (var error in Mutations.ErrorInterface.Implementations)
            RegisterType(error);
        // Every text a client sends is checked once, wherever it appears.
        RegisterType(new InputRules.TextScalar());
        // And every date, within the years the services' facts and plans lie in.
        RegisterType(new InputRules.DateScalar());
        RegisterVisitor(new ScalarDescriptions());
        RegisterVisitor(new SpecifiedBy());
        RegisterVisitor(new Access.SensitivityRules());
        RegisterVisitor(new Access.InputClearanceRules());
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        SpecifiedBy.CompleteIntrospection(graphType);
        base.OnBeforeInitializeType(graphType);
    }
}
