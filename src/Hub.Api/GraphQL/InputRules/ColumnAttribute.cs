using GraphQL;
using GraphQL.Types;

namespace Hub.Api.GraphQL.InputRules;

/// <summary>
/// Binds an input field to the column it is stored in, <typeparamref name="TEntity"/>.<c>property</c>:
/// the field then refuses what the column cannot hold (longer text, more digits) with a clear
/// validation error before anything runs, and its description states the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ColumnAttribute<TEntity>(string property) : GraphQLAttribute
{
    public override void Modify(FieldType fieldType, bool isInputType)
    {
        if (isInputType)
            InputLimits.Apply(fieldType, ColumnLimits.Of(typeof(TEntity), property));
    }
}
