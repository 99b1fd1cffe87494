namespace Hub.Api.GraphQL;

/// <summary>The <c>Hub:GraphQL</c> configuration section: the limits every query runs under.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "Hub:GraphQL";

    /// <summary>Page size when a list is asked for without <c>first</c> or <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest <c>first</c>/<c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The most ids one <c>nodes(ids:)</c> call may resolve.</summary>
    public int MaxNodes { get; set; } = 100;
}
