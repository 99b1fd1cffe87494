using System.Net;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>Issue 11 §1: a response larger than the cap is replaced by a clear error, not sent in part.</summary>
[Collection(HubApiCollection.Name)]
public sealed class ResponseSizeTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_response_larger_than_the_cap_is_a_400_saying_so()
    {
        using var host = factory.WithWebHostBuilder(builder => builder.UseSetting("Hub:GraphQL:MaxResponseBytes", "500"));

        var (status, body) = await host.CreateClient().PostAsync("{ zones(first: 100) { nodes { code name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("RESPONSE_TOO_LARGE", body.ErrorCode());
        Assert.Contains("500 bytes", body.At("errors")[0].At("message").GetString());
    }

    [Fact]
    public async Task A_response_within_the_cap_is_sent_whole()
    {
        using var host = factory.WithWebHostBuilder(builder => builder.UseSetting("Hub:GraphQL:MaxResponseBytes", "500"));

        var (status, body) = await host.CreateClient().PostAsync("{ zones(first: 1) { nodes { code } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.At("data", "zones", "nodes").GetArrayLength());
    }
}
