namespace Hub.Api.Tests.Infrastructure;

/// <summary>The checkout the tests run from: its committed files are contracts (the schema) and sources some tests read.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The absolute path of a file given relative to the repository root, e.g. <c>schema/hub.graphql</c>.</summary>
    public static string File(string path) => Path.Combine(Root, path);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Hub.sln not found above the test binaries.");
    }
}
