namespace Hub.Client;

/// <summary>
/// An entry of the response's GraphQL <c>errors</c>: a malformed request, a refused field
/// (<c>FORBIDDEN</c>), a limit, an outage. Domain refusals of a mutation are not here: they are the
/// typed <c>errors</c> of its payload, in the data.
/// </summary>
/// <param name="Message">What went wrong, for people.</param>
/// <param name="Code">The hub's <c>extensions.code</c> (e.g. <c>FORBIDDEN</c>, <c>PERSISTED_DOCUMENT_NOT_FOUND</c>), when given.</param>
/// <param name="Path">The response path of the field concerned (names and list indices), empty for the whole request.</param>
public sealed record GraphQLError(string Message, string? Code, IReadOnlyList<string> Path)
{
    /// <inheritdoc/>
    public override string ToString() => Code is null ? Message : $"{Code}: {Message}";
}
