using GraphQL;
using Hub.Domain.Access;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.Paging;

/// <summary>
/// The Relay paging arguments of one list field, checked against the limits, the server's cursors that read and make them,
/// and <paramref name="Holder"/>, the caller the cursors are bound to (token subject and organisation): a cursor that
/// leaks to another caller opens for no one but the caller it was made for. <paramref name="EdgeCursors"/>: the query selects
/// <c>edges</c>, so every row needs its cursor; otherwise only the page's first and last do (<c>pageInfo</c>).
/// </summary>
public sealed record PageRequest(int Size, bool Backward, string? After, string? Before, Cursor Cursors, string Holder, bool EdgeCursors)
{
    public static PageRequest From(IResolveFieldContext context, GraphQLOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw HubErrors.BadInput("Pass either first or last, not both.");
        var size = first ?? last ?? options.DefaultPageSize;
        if (size < 0)
            throw HubErrors.BadInput($"{(first is null ? "last" : "first")} cannot be negative.");
        if (size > options.MaxPageSize)
            throw HubErrors.BadInput($"{(first is null ? "last" : "first")} is {size}; the largest page is {options.MaxPageSize}.");
        var caller = context.RequestServices!.GetRequiredService<RequestAccess>().Scope.Caller;
        return new PageRequest(size, last is not null, context.GetArgument<string?>("after"), context.GetArgument<string?>("before"),
            context.RequestServices!.GetRequiredService<Cursor>(), $"{caller.OrganizationId:N}/{caller.Subject}", context.Selects("edges"));
    }
}
