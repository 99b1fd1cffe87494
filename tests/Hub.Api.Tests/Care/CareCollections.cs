using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Care;

// Care tests write (persons, structures, cases): they get hosts and databases of their own so the
// counts other tests take over the shared demo data stay exact.

[CollectionDefinition(Name)]
public sealed class CareApiCollection : ICollectionFixture<HubApiFactory>
{
    public const string Name = "care api";
}

[CollectionDefinition(Name)]
public sealed class PostgresCareApiCollection : ICollectionFixture<PostgresHubApiFactory>
{
    public const string Name = "care api postgres";
}
