using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>What the cost analysis (<see cref="Transport.CostAnalysis"/>) should know of fields it cannot price from their type and arguments.</summary>
public static class ComplexityHints
{
    private const string FewPerParentKey = "hub:cost:fewPerParent";
    private const string UnitsKey = "hub:cost:units";

    /// <summary>
    /// A list the domain keeps to a few items per parent: a case's assessments and plan versions, a
    /// plan's interventions, an intervention's placements, an assessment's UVM members. Priced at the
    /// default of twenty per level, compounded over the four levels of a case, a page of cases would
    /// be refused as if each case held thousands of rows; it is priced at two.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> FewPerParent<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(FewPerParentKey, true);

    /// <summary>
    /// A field whose resolver costs far more than reading one row: <paramref name="units"/> is what
    /// it costs in rows' worth of work (a planning figure reads every structure of the territory).
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Costs<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double units) =>
        field.WithMetadata(UnitsKey, units);

    internal static bool IsFewPerParent(this FieldType field) => field.GetMetadata(FewPerParentKey, false);

    internal static double Units(this FieldType field) => field.GetMetadata(UnitsKey, 1d);
}
