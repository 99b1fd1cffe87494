using System.Linq.Expressions;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Territory;

namespace Hub.Api.Tests.GraphQL.Relay;

/// <summary>Cursor keys rotate by configuration: the first seals, any opens.</summary>
public sealed class CursorKeyTests
{
    private static readonly string Old = Convert.ToBase64String(new byte[32]);
    private static readonly string New = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray());
    private static readonly SortKey[] Keys = [new("name", (Expression<Func<Zone, string>>)(z => z.Name), false)];

    [Fact]
    public void A_cursor_sealed_with_a_retired_key_opens_while_the_key_is_listed()
    {
        var cursor = new Cursor(new GraphQLOptions { CursorKeys = [Old] }).Of("Zone:name:asc", ["Apuane"]);

        var read = new Cursor(new GraphQLOptions { CursorKeys = [New, Old] }).Read(cursor, "Zone:name:asc", Keys);
        var dropped = Assert.Throws<global::GraphQL.ExecutionError>(() => new Cursor(new GraphQLOptions { CursorKeys = [New] }).Read(cursor, "Zone:name:asc", Keys));

        Assert.Equal(["Apuane"], read);
        Assert.Equal("INVALID_CURSOR", dropped.Code);
    }
}
