namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// What a selection set (or a whole operation) would cost, as if every fragment were expanded:
/// complexity in rows' worth of work, depths along its deepest paths, and counts over all its
/// selections. Figures of siblings add up (<see cref="Beside"/>); a field puts its own on top of
/// its children's (<see cref="Under"/>). Both are plain arithmetic, so a fragment's figures can be
/// computed once and reused wherever it is spread.
/// </summary>
internal readonly record struct CostFigures(
    double Complexity,
    int Depth,
    int Aliases,
    int IntrospectionFields,
    int IntrospectionRoots,
    int IntrospectionAliases,
    int IntrospectionListDepth,
    int OfTypeDepth,
    int FilterNodes,
    int FilterListLength)
{
    /// <summary>Siblings: counts add up, depths and per-argument sizes take the larger.</summary>
    public CostFigures Beside(CostFigures other) => new(
        Complexity + other.Complexity,
        Math.Max(Depth, other.Depth),
        Aliases + other.Aliases,
        IntrospectionFields + other.IntrospectionFields,
        IntrospectionRoots + other.IntrospectionRoots,
        IntrospectionAliases + other.IntrospectionAliases,
        Math.Max(IntrospectionListDepth, other.IntrospectionListDepth),
        Math.Max(OfTypeDepth, other.OfTypeDepth),
        Math.Max(FilterNodes, other.FilterNodes),
        Math.Max(FilterListLength, other.FilterListLength));

    /// <summary>A field (<paramref name="field"/>: its own figures, depth 1) above the figures of its selections, repeated <paramref name="times"/> times.</summary>
    public static CostFigures Under(CostFigures field, double times, CostFigures children) => new(
        field.Complexity + times * children.Complexity,
        field.Depth + children.Depth,
        field.Aliases + children.Aliases,
        field.IntrospectionFields + children.IntrospectionFields,
        field.IntrospectionRoots + children.IntrospectionRoots,
        field.IntrospectionAliases + children.IntrospectionAliases,
        field.IntrospectionListDepth + children.IntrospectionListDepth,
        field.OfTypeDepth + children.OfTypeDepth,
        Math.Max(field.FilterNodes, children.FilterNodes),
        Math.Max(field.FilterListLength, children.FilterListLength));
}
