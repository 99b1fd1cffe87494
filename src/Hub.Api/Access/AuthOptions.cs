namespace Hub.Api.Access;

/// <summary>
/// <c>Hub:Auth</c>: where tokens come from. With an <see cref="Authority"/> the hub trusts that
/// OpenID Connect provider's published keys (production); without one it trusts a symmetric
/// development key, from <see cref="SigningKey"/> or generated once into <see cref="DevelopmentKeyFile"/>.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Hub:Auth";
    public const string DevelopmentIssuer = "hub-development";

    /// <summary>OpenID Connect authority (its discovery document gives the issuer and the signing keys).</summary>
    public string? Authority { get; set; }

    /// <summary>The expected <c>iss</c>; with an authority, defaults to the one it publishes.</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>.</summary>
    public string Audience { get; set; } = "hub";

    /// <summary>The development key, base64, at least 256 bits; ignored when an authority is set.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Where the generated development key is kept when <see cref="SigningKey"/> is not set.</summary>
    public string DevelopmentKeyFile { get; set; } = "data/dev-signing-key";

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference when checking <c>exp</c> and <c>nbf</c>.</summary>
    public int ClockSkewSeconds { get; set; } = 30;

    /// <summary>
    /// The longest a token may live, from its <c>iat</c> (else <c>nbf</c>) to its <c>exp</c>: a longer one is
    /// refused, so a leaked token cannot serve for days. The development <c>token</c> verb's default is 8 hours.
    /// </summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long the organisation registry checked against claims is kept in memory before it is read again.</summary>
    public TimeSpan RegistryRefresh { get; set; } = TimeSpan.FromMinutes(5);

    public bool UsesDevelopmentKey => string.IsNullOrWhiteSpace(Authority);

    public string EffectiveIssuer => Issuer ?? DevelopmentIssuer;
}
