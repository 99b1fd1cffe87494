using System.Net;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.GraphQL.Transport.TransportRequests;

namespace Hub.Api.Tests.GraphQL.Transport;

[Collection(HubApiCollection.Name)]
public sealed class ErrorTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Errors_carry_extensions_code()
    {
        using var response = await Host.CreateClient().SendAsync(PostQuery("{ zones(first: 1000) { totalCount } }"));

        var errors = (await response.BodyAsync()).At("errors");
        Assert.All(errors.EnumerateArray(), error => Assert.False(string.IsNullOrEmpty(error.At("extensions", "code").GetString())));
        Assert.Equal("BAD_USER_INPUT", errors[0].At("extensions", "code").GetString());
    }

    [Fact]
    public async Task No_stack_trace_outside_development()
    {
        using var host = Host.WithTestFields(environment: "Production");

        using var response = await host.CreateClient().SendAsync(PostQuery("{ failing zones(first: 1) { totalCount } }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var error = (await response.BodyAsync()).At("errors")[0];
        Assert.Equal("Internal error", error.At("message").GetString());
        Assert.Equal("INTERNAL_ERROR", error.At("extensions", "code").GetString());
        Assert.False(error.At("extensions").TryGetProperty("details", out _));
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperation", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(28, (await response.BodyAsync()).At("data", "zones", "totalCount").GetInt32());
    }

    [Fact]
    public async Task Development_shows_no_exception_details_either_but_the_trace_id_the_log_records()
    {
        using var host = Host.WithTestFields(environment: "Development");

        using var response = await host.CreateClient().SendAsync(PostQuery("{ failing }"));

        var text = await response.Content.ReadAsStringAsync();
        var error = (await response.BodyAsync()).At("errors")[0];
        Assert.Equal(("Internal error", "INTERNAL_ERROR"), (error.At("message").GetString(), error.At("extensions", "code").GetString()));
        Assert.False(error.At("extensions").TryGetProperty("details", out _));
        Assert.Matches("^[0-9a-f]{32}$", error.At("extensions", "traceId").GetString());
        Assert.DoesNotContain("InvalidOperation", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", text);
    }
}
