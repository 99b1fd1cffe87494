using GraphQL.Types;
using Hub.Api.Access;
using Hub.Domain.Audit;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>What a mutation returns: the changed object, or the reasons it was refused.</summary>
public sealed record Payload(object? Result, IReadOnlyList<MutationError> Errors)
{
    public static Payload Of(object result) => new(result, []);

    public static Payload Failed(MutationError error) => new(null, [error]);
}

/// <summary>The payload of the mutations that change one kind of object.</summary>
public abstract class PayloadType<TNodeType> : ObjectGraphType<Payload> where TNodeType : IGraphType
{
    protected PayloadType(string name, string field, string description, Sensitivity sensitivity)
    {
        Name = name;
        Description = description;
        Field<TNodeType>(field).Description("The object after the change; null when the change was refused.")
            .Sensitive(sensitivity).Resolve(context => context.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErrorInterface>>>>("errors")
            .Description("Why the change was refused; empty when it was made.").Sensitive(Sensitivity.Public).Resolve(context => context.Source.Errors);
    }
}
