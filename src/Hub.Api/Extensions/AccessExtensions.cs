using Hub.Api.Access;
using Hub.Domain.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Hub.Api.Extensions;

/// <summary>Registers authentication (JWT bearer), the request's caller and the development token issuer.</summary>
public static class AccessExtensions
{
    public static IServiceCollection AddHubAuthorization(this IServiceCollection services, IConfiguration configuration)
    {
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(auth);
        services.AddSingleton<DevelopmentKey>();
        services.AddSingleton<DevelopmentTokens>();
        services.AddSingleton(configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions());
        services.AddSingleton<OrganizationRegistry>();
        services.AddSingleton<IOrganizationRegistry>(sp => sp.GetRequiredService<OrganizationRegistry>());
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, RegistryChanges>();
        RequestAccess.Register(services);
        services.AddScoped<Audit.AuditTrail>();
        services.AddSingleton<Audit.AuditGroupCommit>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Configured from DI so the development key is read (or made) on the first request, not by every CLI verb.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<DevelopmentKey>((jwt, key) => Configure(jwt, auth, key));
        return services;
    }

    /// <summary>
    /// Outside Development the hub serves only with a deliberate choice of whom to trust: an
    /// authority, or a signing key given in configuration. A key generated on the spot would be
    /// trusted silently by a production hub, and anyone able to read its file could sign tokens.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither <c>Hub:Auth:Authority</c> nor <c>Hub:Auth:SigningKey</c> is set outside Development.</exception>
    public static void EnsureTrustIsConfigured(this WebApplication app)
    {
        var auth = app.Services.GetRequiredService<AuthOptions>();
        if (!app.Environment.IsDevelopment() && auth.UsesDevelopmentKey && string.IsNullOrWhiteSpace(auth.SigningKey))
            throw new InvalidOperationException(
                $"The hub will not start in the {app.Environment.EnvironmentName} environment without {AuthOptions.Section}:Authority (the OpenID Connect provider whose tokens it trusts) " +
                $"or an explicit {AuthOptions.Section}:SigningKey: a development key generated on the spot would be trusted without anyone choosing it.");
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth, DevelopmentKey key)
    {
        // Claims keep their JWT names (sub, roles …) instead of being renamed to WS-* URIs.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = auth.UsesDevelopmentKey ? auth.EffectiveIssuer : auth.Issuer,
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromSeconds(auth.ClockSkewSeconds),
            NameClaimType = CallerClaims.Subject,
            RoleClaimType = CallerClaims.Roles,
        };
        jwt.Events = new JwtBearerEvents { OnTokenValidated = context => TokenRules.CheckAsync(context, auth) };
        if (auth.UsesDevelopmentKey)
        {
            jwt.TokenValidationParameters.IssuerSigningKey = key.Key;
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else
        {
            jwt.Authority = auth.Authority;
            jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        }
    }
}
