using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The <c>map</c> part of a multipart request: each file part's name → the operations paths
/// (<c>variables.input.file</c>, <c>variables.files.0</c>) where the file stands, written as null in <c>operations</c>.
/// </summary>
internal static class UploadMap
{
    public static (IReadOnlyDictionary<string, string[]>? Paths, TransportError? Error) Parse(string text, int maxFiles)
    {
        Dictionary<string, string[]>? paths;
        try
        {
            paths = JsonSerializer.Deserialize<Dictionary<string, string[]>>(text);
        }
        catch (JsonException)
        {
            paths = null;
        }
        if (paths is null || paths.Values.Any(list => list is null || list.Length == 0 || list.Any(path => path is null)))
            return (null, Invalid("'map' must be a JSON object naming each file part with a non-empty array of paths, such as {\"0\": [\"variables.input.file\"]}."));
        if (paths.Count > maxFiles)
            return (null, Invalid($"A request may upload at most {maxFiles} files; 'map' names {paths.Count}."));
        if (paths.Values.SelectMany(list => list).FirstOrDefault(path => !path.StartsWith("variables.", StringComparison.Ordinal)) is { } outside)
            return (null, Invalid($"The path '{outside}' in 'map' is outside 'variables': a file can only be a variable's value."));
        return (paths, null);
    }

    /// <summary>The request with each file at its paths; a refusal when a mapped part is missing or a path leads to no null placeholder.</summary>
    public static RequestReadResult Apply(GraphQLRequest request, IReadOnlyDictionary<string, string[]> paths, IReadOnlyDictionary<string, Upload> files)
    {
        if (paths.Keys.FirstOrDefault(name => !files.ContainsKey(name)) is { } missing)
            return Invalid($"'map' names the file part '{missing}', which the request does not contain.");
        var variables = new Dictionary<string, object?>(request.Variables ?? Inputs.Empty);
        foreach (var (name, list) in paths)
            foreach (var path in list)
                if (!Place(variables, path.Split('.')[1..], files[name]))
                    return Invalid($"The path '{path}' in 'map' does not lead to a null placeholder in the operations' variables.");
        return new GraphQLRequest
        {
            Query = request.Query, DocumentId = request.DocumentId, OperationName = request.OperationName,
            Variables = new Inputs(variables), Extensions = request.Extensions,
        };
    }

    /// <summary>Sets the null at <paramref name="segments"/> inside <paramref name="container"/> (maps by name, lists by index) to <paramref name="file"/>.</summary>
    private static bool Place(object? container, string[] segments, Upload file)
    {
        var (segment, rest) = (segments[0], segments[1..]);
        switch (container)
        {
            case IDictionary<string, object?> map when !map.IsReadOnly && map.TryGetValue(segment, out var value):
                if (rest.Length > 0)
                    return Place(value, rest, file);
                if (value is not null)
                    return false;
                map[segment] = file;
                return true;
            case IList<object?> list when int.TryParse(segment, out var index) && index >= 0 && index < list.Count:
                if (rest.Length > 0)
                    return Place(list[index], rest, file);
                if (list[index] is not null)
                    return false;
                list[index] = file;
                return true;
            default:
                return false;
        }
    }

    private static TransportError Invalid(string message) => TransportError.InvalidRequest(message);
}
