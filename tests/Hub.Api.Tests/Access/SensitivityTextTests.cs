using System.Text.RegularExpressions;

namespace Hub.Api.Tests.Access;

/// <summary>
/// The "Sensitivity: …" text of schema descriptions comes from the declarations alone
/// (<c>SensitivityRules</c>): hand-written text drifted from them once, so a string in the
/// source may not say it.
/// </summary>
public sealed partial class SensitivityTextTests
{
    private const string Generator = "Access/SensitivityRules.cs";

    [Fact]
    public void No_hand_written_description_states_a_sensitivity()
    {
        var source = Path.Combine(RepositoryRoot(), "src");

        var offending = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Ignored(Path.GetRelativePath(source, path).Replace('\\', '/')))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(row => !row.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && StringStatingSensitivity().IsMatch(row.line))
            .Select(row => $"{Path.GetRelativePath(source, row.path)}:{row.number}").ToList();

        Assert.True(offending.Count == 0, $"Declare the sensitivity (type or .Sensitive(...)) and let the schema say it: {string.Join(", ", offending)}");
    }

    private static bool Ignored(string path) =>
        path.EndsWith(Generator, StringComparison.Ordinal) || path.Contains("/Migrations/", StringComparison.Ordinal)
        || path.Contains("/bin/", StringComparison.Ordinal) || path.Contains("/obj/", StringComparison.Ordinal);

    // A string literal (plain, verbatim or interpolated) holding the words.
    [GeneratedRegex("\"[^\"]*Sensitivity:")]
    private static partial Regex StringStatingSensitivity();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Hub.sln not found above the test binaries.");
    }
}
