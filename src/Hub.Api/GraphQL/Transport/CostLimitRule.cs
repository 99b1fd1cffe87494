using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// Depth and complexity limits (GraphQL.NET's complexity analyzer), judged only on documents that
/// are otherwise valid: the analyzer assumes every field and the operation's root type exist, and
/// a document that names a missing one deserves its error (400), not a crash (500). Introspection
/// is exempt: its cost is bounded by the schema, and IDEs' queries for it nest deeper than data ever does.
/// </summary>
internal sealed class CostLimitRule(GraphQLOptions options) : ValidationRuleBase
{
    private readonly ComplexityValidationRule analyzer = new(new ComplexityOptions { MaxDepth = options.MaxDepth, MaxComplexity = options.MaxComplexity });

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
        context.HasErrors || RootType(context) is null || IsIntrospection(context.Operation) ? default : analyzer.GetPostNodeVisitorAsync(context);

    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(selection => selection is GraphQLField field && field.Name.Value.Span.StartsWith("__"));

    private static IObjectGraphType? RootType(ValidationContext context) => context.Operation.Operation switch
    {
        OperationType.Query => context.Schema.Query,
        OperationType.Mutation => context.Schema.Mutation,
        _ => context.Schema.Subscription,
    };
}
