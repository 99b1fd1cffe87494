using GraphQL;
using GraphQL.Introspection;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL;

/// <summary>
/// <c>@specifiedBy(url:)</c> on every custom scalar and <c>__Type.specifiedByURL</c> in introspection
/// (GraphQL, October 2021, §3.13.4 and §4.5), which GraphQL.NET 8 does not provide itself: clients
/// asking for them (graphql-js <c>getIntrospectionQuery({ specifiedByUrl: true })</c>, code
/// generators, schema registries) would otherwise fail validation. The URLs are written once, here.
/// </summary>
public sealed class SpecifiedBy : BaseSchemaNodeVisitor
{
    public const string DirectiveName = "specifiedBy";

    /// <summary>The specification of each custom scalar, by schema name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Urls = new Dictionary<string, string>
    {
        ["DateOnly"] = "https://scalars.graphql.org/andimarek/local-date.html",
        ["DateTimeOffset"] = "https://scalars.graphql.org/andimarek/date-time.html",
        ["Decimal"] = "https://www.w3.org/TR/xmlschema11-2/#decimal",
        ["Long"] = "https://www.w3.org/TR/xmlschema11-2/#long",
    };

    /// <summary>The directive's definition, registered with the schema.</summary>
    public static Directive Definition() => new SpecifiedByDirective();

    // A type-system directive of the specification: listed in introspection as graphql-js lists it
    // (GraphQL.NET shows only executable directives unless told).
    private sealed class SpecifiedByDirective : Directive
    {
        public SpecifiedByDirective() : base(DirectiveName, DirectiveLocation.Scalar)
        {
            Description = "Exposes a URL that specifies the behaviour of this scalar.";
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "url", Description = "The URL that specifies the behaviour of this scalar." });
        }

        public override bool? Introspectable => true;
    }

    /// <summary>
    /// Completes GraphQL.NET's introspection types (shared by every schema of the process, hence the
    /// guards): <c>__Type.specifiedByURL</c>, null for every type but a custom scalar; and
    /// <c>includeDeprecated</c> on <c>__Directive.args</c>, which graphql-js sends with
    /// <c>inputValueDeprecation</c>. No directive argument of this schema is deprecated, so every
    /// argument is listed whatever its value.
    /// </summary>
    public static void CompleteIntrospection(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
            type.Field<StringGraphType>("specifiedByURL")
                .Description("The URL of the specification of a custom scalar; null for other types.")
                .Resolve(context => context.Source is ScalarGraphType scalar ? Urls.GetValueOrDefault(scalar.Name) : null);
        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
        }
    }

    public override void VisitScalar(ScalarGraphType type, ISchema schema)
    {
        // Built-in scalar instances are shared by every schema of the process, and schemas may be
        // initialised at the same time (several hosts): apply once, under a lock.
        if (!Urls.TryGetValue(type.Name, out var url))
            return;
        lock (type)
        {
            if (type.FindAppliedDirective(DirectiveName) is null)
                type.ApplyDirective(DirectiveName, "url", url);
        }
    }
}
