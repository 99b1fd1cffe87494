namespace Hub.Client;

/// <summary>
/// Gives the bearer token of each request (a machine client's token from its identity provider, a
/// token cache …). Register one in DI to replace the default, which returns <see cref="HubClientOptions.AccessToken"/>.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>The token without the <c>Bearer</c> prefix, or null to send none.</summary>
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}

/// <summary>The token set in the options, unchanged.</summary>
internal sealed class OptionsAccessTokenProvider(HubClientOptions options) : IAccessTokenProvider
{
    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(options.AccessToken);
}
