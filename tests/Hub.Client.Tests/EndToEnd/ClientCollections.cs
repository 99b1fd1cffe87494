using Hub.Api.Tests.Infrastructure;

namespace Hub.Client.Tests.EndToEnd;

[CollectionDefinition(Name)]
public sealed class ClientHubCollection : ICollectionFixture<HubApiFactory>
{
    public const string Name = "client hub";
}

[CollectionDefinition(Name)]
public sealed class PostgresClientHubCollection : ICollectionFixture<PostgresHubApiFactory>
{
    public const string Name = "client hub postgres";
}
