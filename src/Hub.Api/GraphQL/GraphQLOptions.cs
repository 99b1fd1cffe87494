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

    /// <summary>The largest request body, in bytes, <c>/graphql</c> reads; a larger one gets 413.</summary>
    public int MaxRequestBytes { get; set; } = 100 * 1024;

    /// <summary>
    /// The longest query string, in characters, of a GET to <c>/graphql</c>; a longer one gets 414.
    /// Kestrel's own request-line limit is 8 KiB, so the hub answers alike behind any server.
    /// </summary>
    public int MaxQueryStringLength { get; set; } = 8 * 1024;

    /// <summary>The deepest selection a document may nest (fields within fields).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// The highest complexity a document may reach, estimated before it runs: each field costs 1
    /// (a planning figure 1,000), each filter condition 1, and a list multiplies what it selects by
    /// its <c>first</c>/<c>last</c> (variables included), by 2 for a few per parent, else by 20.
    /// A page of 100 persons with household, residence and zone stays far below it; a page of
    /// pages of pages does not.
    /// </summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>The most aliases an operation may use, its fragments' counted each time they are spread.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>The most fragments a document may define.</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>The most fragment spreads (<c>...Name</c>) a document may write.</summary>
    public int MaxFragmentSpreads { get; set; } = 500;

    /// <summary>
    /// The most conditions and values one <c>where:</c> may hold, counting every field, and every
    /// item of its <c>and</c>/<c>or</c>/<c>in</c> lists, at every depth of nesting. Each is a term of
    /// the SQL the filter becomes; each also costs 1 in <see cref="MaxComplexity"/>.
    /// </summary>
    public int MaxFilterNodes { get; set; } = 200;

    /// <summary>The most items of one <c>in</c>, <c>nin</c>, <c>and</c> or <c>or</c> list in a filter.</summary>
    public int MaxFilterListLength { get; set; } = 100;

    /// <summary>The most bytes of JSON one response may hold; a larger one is replaced by a 400 with code <c>RESPONSE_TOO_LARGE</c>.</summary>
    public int MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>How long one request may run before it is stopped with an error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Keys that seal cursors (AES-GCM), base64, 256 bits each. The first seals new cursors; any of
    /// them opens one, so a key is rotated by putting a new one first and dropping the old one once
    /// its cursors no longer matter. Every instance serving the same clients needs the same list.
    /// Empty: one key is generated on first use into <see cref="CursorKeyFile"/>.
    /// </summary>
    public List<string> CursorKeys { get; set; } = [];

    /// <summary>Where the generated cursor key is kept when <see cref="CursorKeys"/> is empty.</summary>
    public string CursorKeyFile { get; set; } = "data/cursor-key";
}
