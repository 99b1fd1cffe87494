using System.Text;
using Hub.Api.Access;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;

namespace Hub.Api.Tests.Access;

/// <summary>
/// README publishes who may do what (issue 12 §5): its role × permission table is the one generated
/// from <see cref="RoleGrant"/>, and its error catalogue names every kind of typed error.
/// </summary>
public sealed class ReadmeAccessTableTests
{
    private const string Begin = "<!-- role-permission-table:begin (generated from RoleGrant; ReadmeAccessTableTests keeps it equal) -->";
    private const string End = "<!-- role-permission-table:end -->";

    [Fact]
    public void Readme_role_permission_table_is_the_one_RoleGrant_gives()
    {
        var readme = File.ReadAllText(Repository.File("README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md lacks the markers {Begin} … {End}.");

        var published = readme[(start + Begin.Length)..end].Trim('\n');

        Assert.True(published == Table(), $"README's role × permission table differs from RoleGrant; replace it with:\n{Table()}");
    }

    [Fact]
    public void Readme_error_catalogue_names_every_typed_error()
    {
        var readme = File.ReadAllText(Repository.File("README.md"));

        Assert.All(ErrorInterface.Implementations.Select(type => ((global::GraphQL.Types.IGraphType)Activator.CreateInstance(type)!).Name),
            name => Assert.Contains($"`{name}`", readme, StringComparison.Ordinal));
    }

    /// <summary>One row per permission, one column per role (its token name), ✓ where the role grants it; then each role's clearances.</summary>
    private static string Table()
    {
        var roles = Enum.GetValues<Role>();
        var table = new StringBuilder();
        table.Append("| permission |").AppendJoin("", roles.Select(role => $" `{role.Name()}` |")).Append('\n');
        table.Append("|---|").AppendJoin("", roles.Select(_ => "---|")).Append('\n');
        foreach (var permission in Enum.GetValues<Permission>())
            table.Append($"| `{permission}` |").AppendJoin("", roles.Select(role => RoleGrant.Of[role].Permissions.Contains(permission) ? " ✓ |" : " |")).Append('\n');
        table.Append("| *reads* |").AppendJoin("", roles.Select(role => $" {SensitivityRules.Describe(RoleGrant.Of[role].Clearance)} |"));
        return table.ToString();
    }
}
