using GraphQL;
using GraphQL.Builders;

namespace Hub.Api.GraphQL;

/// <summary>What the cost limit should expect of list fields it cannot size from a first/last argument.</summary>
public static class ComplexityHints
{
    /// <summary>
    /// A list the domain keeps to a few items per parent: a case's assessments and plan versions, a
    /// plan's interventions, an intervention's placements, an assessment's UVM members. Priced at the
    /// analyzer's default of five per level, compounded over the four levels of a case, a page of
    /// cases would be refused as if each case held thousands of rows.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> FewPerParent<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithComplexityImpact(1, 2);
}
