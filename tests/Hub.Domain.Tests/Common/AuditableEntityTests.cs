using Hub.Domain.Common;
using Hub.Domain.Organizations;

namespace Hub.Domain.Tests.Common;

public sealed class AuditableEntityTests
{
    private static Organization EntityAtVersion(long version) =>
        new(OrganizationKind.Provider, "Coop") { Version = version };

    [Fact]
    public void EnsureVersion_accepts_the_current_version()
    {
        var entity = EntityAtVersion(3);

        var error = Record.Exception(() => entity.EnsureVersion(3));

        Assert.Null(error);
    }

    [Fact]
    public void EnsureVersion_accepts_no_expected_version()
    {
        var entity = EntityAtVersion(3);

        var error = Record.Exception(() => entity.EnsureVersion(null));

        Assert.Null(error);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(0)]
    public void EnsureVersion_refuses_another_version(long expected)
    {
        var entity = EntityAtVersion(3);

        var error = Assert.Throws<ConcurrencyException>(() => entity.EnsureVersion(expected));

        Assert.Equal(expected, error.Expected);
        Assert.Equal(3, error.Actual);
        Assert.Contains(entity.Id.ToString(), error.Message);
    }

    [Fact]
    public void New_entities_get_distinct_ids()
    {
        var first = EntityAtVersion(0);
        var second = EntityAtVersion(0);

        Assert.NotEqual(first.Id, second.Id);
    }
}
