using GraphQL.Types;
using Hub.Api.Access;
using Hub.Domain.Audit;

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
        // Every caller may ask; the row scopes decide which rows answer.
        this.Sensitive(Sensitivity.Public);
        Name = "Query";
        Description = "Read access to the shared model.";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
