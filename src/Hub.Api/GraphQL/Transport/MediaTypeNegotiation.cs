using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.GraphQL.Transport;

/// <summary>Chooses the response media type from the request's <c>Accept</c> header, as GraphQL over HTTP asks.</summary>
internal static class MediaTypeNegotiation
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    // In order of our preference, which decides when the client has none (*/*, application/*):
    // application/json first, as GraphQL over HTTP asks for compatibility with legacy clients, which
    // send */* or nothing and expect a 200 with a JSON body; a client that names the spec's own type gets it.
    private static readonly string[] Supported = [Json, GraphQLResponseJson];

    /// <summary>
    /// The media type to answer in, or null when <c>Accept</c> allows none of ours. Then we answer
    /// 406, as the spec recommends, rather than its permitted "ignore Accept and send JSON": a client
    /// that cannot read JSON gains nothing from it, and legacy clients send <c>application/json</c>
    /// or <c>*/*</c>, which we honour.
    /// </summary>
    public static string? Select(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        // No (or no readable) Accept: a legacy client, answered in application/json (the spec's SHOULD).
        if (accepted.Count == 0)
            return Json;
        return Supported
            .Select((type, preference) => (type, preference, match: BestMatch(type, accepted)))
            .Where(candidate => candidate.match.Quality > 0)
            .OrderByDescending(candidate => candidate.match.Quality)
            // Equal qualities: the range the client listed first wins, as the spec's "highest
            // priority media type listed" reads; then our preference.
            .ThenBy(candidate => candidate.match.Position)
            .ThenBy(candidate => candidate.preference)
            .Select(candidate => candidate.type)
            .FirstOrDefault();
    }

    /// <summary>A charset parameter, in Content-Type or Accept, that is absent or UTF-8: the only encoding we read and write.</summary>
    public static bool IsUtf8(StringSegment charset) =>
        StringSegment.IsNullOrEmpty(charset) || HeaderUtilities.RemoveQuotes(charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    /// <summary>The quality and position of the most specific range that matches <paramref name="type"/> (RFC 9110 §12.5.1).</summary>
    private static (double Quality, int Position) BestMatch(string type, IList<MediaTypeHeaderValue> accepted)
    {
        var best = (Specificity: -1, Quality: 0d, Position: int.MaxValue);
        for (var position = 0; position < accepted.Count; position++)
        {
            var specificity = Specificity(accepted[position], type);
            if (specificity > best.Specificity)
                best = (specificity, accepted[position].Quality ?? 1, position);
        }
        return (best.Quality, best.Position);
    }

    /// <summary>2 for the exact type, 1 for <c>application/*</c>, 0 for <c>*/*</c>, -1 for no match.</summary>
    private static int Specificity(MediaTypeHeaderValue range, string type)
    {
        if (!IsUtf8(range.Charset))
            return -1;
        if (range.MatchesAllTypes)
            return 0;
        if (range.MatchesAllSubTypes)
            return range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        return range.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }
}
