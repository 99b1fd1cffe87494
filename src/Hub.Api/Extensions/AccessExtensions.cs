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
        RequestAccess.Register(services);
        services.AddScoped<Audit.AuditTrail>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Configured from DI so the development key is read (or made) on the first request, not by every CLI verb.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<DevelopmentKey>((jwt, key) => Configure(jwt, auth, key));
        return services;
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
