using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;

namespace Hub.Client.Generator.Validation;

/// <summary>The operation being checked: its declared variables and the ones its selections use (through fragments too).</summary>
internal sealed record OperationScope(string Name, GraphQLFile File, IReadOnlyList<GraphQLVariableDefinition> Definitions)
{
    public Dictionary<string, GraphQLVariableDefinition> Declared { get; } =
        Definitions.GroupBy(d => d.Variable.Name.StringValue).ToDictionary(g => g.Key, g => g.First());

    public HashSet<string> Used { get; } = new();

    /// <summary>False inside a variable's default value, which must be a constant (spec §5.8.1 and §2.10).</summary>
    public bool AllowVariables { get; init; } = true;
}
