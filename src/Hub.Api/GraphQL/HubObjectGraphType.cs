using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;

namespace Hub.Api.GraphQL;

/// <summary>
/// An output type of the hub: its name, description and the sensitivity of its fields, declared
/// once in the constructor (a field overrides it with <see cref="FieldAccess.Sensitive{TSource, TReturn}"/>).
/// The "Sensitivity: …" text of descriptions is generated from these declarations (<see cref="SensitivityRules"/>).
/// </summary>
public abstract class HubObjectGraphType<TSource> : ObjectGraphType<TSource>
{
    protected HubObjectGraphType(string name, string description, Sensitivity sensitivity)
    {
        Name = name;
        Description = description;
        this.Sensitive(sensitivity);
    }

    /// <summary>A field that holds the key of another node and resolves to it through its type's batch loader.</summary>
    protected FieldBuilder<TSource, object> Reference<TNodeType>(string name, Expression<Func<TSource, Guid>> key) where TNodeType : IGraphType, INodeType =>
        Reference<NonNullGraphType<TNodeType>, TNodeType>(name, Lifted(key.Compile()), key);

    /// <summary>A field that may hold the key of another node; null when it holds none.</summary>
    protected FieldBuilder<TSource, object> Reference<TNodeType>(string name, Expression<Func<TSource, Guid?>> key) where TNodeType : IGraphType, INodeType =>
        Reference<TNodeType, TNodeType>(name, key.Compile(), key);

    private FieldBuilder<TSource, object> Reference<TFieldType, TNodeType>(string name, Func<TSource, Guid?> key, LambdaExpression read)
        where TFieldType : IGraphType
        where TNodeType : INodeType =>
        Field<TFieldType>(name).Reads(read).Resolve(context => TNodeType.Load(context, key(context.Source)));

    private static Func<TSource, Guid?> Lifted(Func<TSource, Guid> key) => source => key(source);
}
