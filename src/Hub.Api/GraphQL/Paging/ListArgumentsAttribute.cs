namespace Hub.Api.GraphQL.Paging;

/// <summary>
/// Declares on a node graph type the <c>where:</c> and <c>order:</c> inputs of every list of it,
/// so each connection of that type filters and sorts the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ListArgumentsAttribute(Type filter, Type sort) : Attribute
{
    public Type Filter { get; } = filter;
    public Type Sort { get; } = sort;
}
