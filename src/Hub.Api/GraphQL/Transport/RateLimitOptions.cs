namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The <c>Hub:RateLimit</c> configuration section: how fast one caller (the token's <c>sub</c>) and
/// one organisation (its <c>org</c>) may send requests to <c>/graphql</c>, as token buckets, and how
/// many of one caller's requests may run at once. The defaults suit machine clients: a ward system
/// or a provider's software polling and syncing, with bursts of a few seconds' work.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Hub:RateLimit";

    /// <summary>Whether requests are limited at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one caller may send at once after being idle (the bucket's size).</summary>
    public int SubjectBurst { get; set; } = 100;

    /// <summary>Requests per second one caller may sustain (the bucket's refill).</summary>
    public int SubjectPerSecond { get; set; } = 20;

    /// <summary>Requests all callers of one organisation may send at once after being idle.</summary>
    public int OrganizationBurst { get; set; } = 500;

    /// <summary>Requests per second all callers of one organisation may sustain.</summary>
    public int OrganizationPerSecond { get; set; } = 100;

    /// <summary>Requests of one caller executing at the same time.</summary>
    public int ConcurrentPerSubject { get; set; } = 8;

    /// <summary>Requests of one caller waiting for one of those places before further ones are refused.</summary>
    public int QueuePerSubject { get; set; } = 8;
}
