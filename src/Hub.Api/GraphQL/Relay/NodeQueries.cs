using GraphQL;
using GraphQL.Types;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.GraphQL.Relay;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: refetch any entity by its global id.</summary>
public sealed class NodeQueries(IEnumerable<NodeSource> sources, GraphQLOptions options) : IQueryFields
{
    private readonly Dictionary<string, NodeSource> byType = sources.ToDictionary(s => s.TypeName);

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node").Description("Fetches any object by its global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The object's global id.")
            .ResolveAsync(async context => (await LoadAsync(context, [context.GetArgument<string>("id")]))[0]);
        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Fetches several objects by global id, in the order given (at most {options.MaxNodes}); null where one does not exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The objects' global ids.")
            .ResolveAsync(async context => await LoadAsync(context, context.GetArgument<List<string>>("ids")));
    }

    private async Task<Entity?[]> LoadAsync(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        if (ids.Count > options.MaxNodes)
            throw HubErrors.BadInput($"nodes(ids:) takes at most {options.MaxNodes} ids; {ids.Count} were given.");
        var keys = ids.Select(GlobalId.Decode).ToList();
        var db = context.RequestServices!.GetRequiredService<HubDbContext>();
        var found = new Dictionary<(string, Guid), Entity>();
        foreach (var group in keys.Where(k => byType.ContainsKey(k.TypeName)).GroupBy(k => k.TypeName))
            foreach (var entity in await byType[group.Key].Load(db, group.Select(k => k.Id).Distinct().ToList(), context.CancellationToken))
                found[(group.Key, entity.Id)] = entity;
        return keys.Select(k => found.GetValueOrDefault((k.TypeName, k.Id))).ToArray();
    }
}
