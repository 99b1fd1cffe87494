using System.Net;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Health;

[Collection(HubApiCollection.Name)]
public sealed class HealthEndpointTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoint_answers_healthy_without_authentication(string path)
    {
        var client = Host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
