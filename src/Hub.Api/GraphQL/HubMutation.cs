using GraphQL.Types;

namespace Hub.Api.GraphQL;

/// <summary>A feature's contribution to the root mutation type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>The root mutation type, assembled from the features' <see cref="IMutationFields"/>; each field declares its permission (<c>.Requires</c>).</summary>
public sealed class HubMutation : ObjectGraphType
{
    public HubMutation(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Changes to the shared model; each needs a permission of the caller's roles and a target within its reach.";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
