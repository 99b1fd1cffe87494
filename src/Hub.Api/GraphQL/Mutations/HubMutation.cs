using GraphQL.Types;

namespace Hub.Api.GraphQL.Mutations;

/// <summary>A feature's contribution to the root mutation type.</summary>
public interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}

/// <summary>The root mutation type, assembled from the features' <see cref="IMutationFields"/>.</summary>
public sealed class HubMutation : ObjectGraphType
{
    public HubMutation(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        Description = "Changes to the shared model. Each takes one `input` and returns a payload with the changed object or typed `errors`.";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
