using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL;

[Collection(HubApiCollection.Name)]
public sealed class SchemaContractTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public void Running_schema_matches_the_committed_contract()
    {
        var committed = File.ReadAllText(Repository.File(SchemaExport.DefaultPath)).ReplaceLineEndings("\n");

        var running = SchemaExport.Sdl(Host.Services.GetRequiredService<HubSchema>());

        // The contract is schema/hub.graphql itself, not a copy: after a deliberate change,
        // re-export it with `dotnet run --project src/Hub.Api -- schema export`.
        var firstDifference = FirstDifferentLine(committed, running);
        Assert.True(firstDifference is null, $"The running schema differs from {SchemaExport.DefaultPath}: {firstDifference}");
    }

    private static string? FirstDifferentLine(string expected, string actual)
    {
        var (left, right) = (expected.Split('\n'), actual.Split('\n'));
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var (e, a) = (i < left.Length ? left[i] : "<end>", i < right.Length ? right[i] : "<end>");
            if (e != a)
                return $"line {i + 1}: committed '{e}', running '{a}'";
        }
        return null;
    }
}
