using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>A feature's contribution to the root query type.</summary>
public interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}

/// <summary>The root query type, assembled from the features' <see cref="IQueryFields"/>.</summary>
public sealed class HubQuery : ObjectGraphType
{
    public HubQuery(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        Description = "Read access to the shared model.";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
