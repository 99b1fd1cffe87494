using System.Text.RegularExpressions;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// What the build's code-style analysis (<c>EnforceCodeStyleInBuild</c>, <c>.editorconfig</c>) cannot
/// check: the usings at the top of every source file are sorted, System first, each once.
/// </summary>
public sealed partial class CodeStyleTests
{
    [Fact]
    public void Usings_are_sorted_with_System_first_in_every_source_file()
    {
        var unsorted = Directory.EnumerateFiles(Repository.Root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains("/bin/") && !path.Contains("/obj/") && !path.Contains("/Migrations/") && !path.Contains("node_modules"))
            .Where(path => Usings(path) is var usings && !usings.SequenceEqual(usings.Distinct().OrderBy(u => u.Split('.')[0] == "System" ? 0 : 1).ThenBy(u => u, StringComparer.OrdinalIgnoreCase)))
            .Select(path => Path.GetRelativePath(Repository.Root, path))
            .ToList();

        Assert.Empty(unsorted);
    }

    private static List<string> Usings(string path) =>
        File.ReadLines(path).SkipWhile(line => !line.StartsWith("using ", StringComparison.Ordinal))
            .TakeWhile(line => UsingLine().IsMatch(line))
            .Select(line => line["using ".Length..^1])
            .ToList();

    [GeneratedRegex(@"^using [A-Za-z_][\w.]*;$")]
    private static partial Regex UsingLine();
}
