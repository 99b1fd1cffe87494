using System.Collections.Generic;
using GraphQLParser.AST;

namespace Hub.Client.Generator.Validation;

/// <summary>A named fragment and the file that defines it; fragments may be spread from any document of the project.</summary>
internal sealed class FragmentSource(GraphQLFile file, GraphQLFragmentDefinition definition)
{
    public GraphQLFile File { get; } = file;
    public GraphQLFragmentDefinition Definition { get; } = definition;
    public string Name => Definition.FragmentName.Name.StringValue;
    public string TypeCondition => Definition.TypeCondition.Type.Name.StringValue;
}

/// <summary>Every named fragment of the project by name.</summary>
internal sealed class FragmentIndex(Dictionary<string, FragmentSource> byName)
{
    public FragmentSource? Find(string name) => byName.TryGetValue(name, out var fragment) ? fragment : null;

    public IEnumerable<FragmentSource> All => byName.Values;
}
