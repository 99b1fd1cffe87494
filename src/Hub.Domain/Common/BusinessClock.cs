namespace Hub.Domain.Common;

/// <summary>
/// The hub's business date: "today" is the date on the wall in the configured time zone
/// (<c>Hub:TimeZone</c>, an IANA id, default <see cref="DefaultZoneId"/>), never the UTC date: at
/// 00:30 in Rome on 29 March the UTC date is still 28 March. Every date the hub defaults or
/// compares with today comes from here; instants (stamps, audit events, token lifetimes) stay UTC.
/// </summary>
public sealed class BusinessClock(TimeProvider time, TimeZoneInfo zone)
{
    /// <summary>The configuration key naming the zone.</summary>
    public const string ConfigurationKey = "Hub:TimeZone";

    /// <summary>The zone of Italian registries and care records.</summary>
    public const string DefaultZoneId = "Europe/Rome";

    /// <summary>The business clock of <see cref="DefaultZoneId"/> reading <paramref name="time"/>.</summary>
    public BusinessClock(TimeProvider time) : this(time, Zone(null))
    {
    }

    /// <summary>The underlying instant source (replaceable in tests through DI).</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>The zone business dates are taken in.</summary>
    public TimeZoneInfo TimeZone { get; } = zone;

    /// <summary>The current instant, in UTC.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>The current business date.</summary>
    public DateOnly Today => DateOf(Now);

    /// <summary>The business date of <paramref name="instant"/>: its wall-clock date in <see cref="TimeZone"/>.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The zone with IANA id <paramref name="id"/> (<see cref="DefaultZoneId"/> when null or blank).</summary>
    /// <exception cref="InvalidOperationException">The id names no zone this machine knows.</exception>
    public static TimeZoneInfo Zone(string? id)
    {
        var name = string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id.Trim();
        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found)
            ? found
            : throw new InvalidOperationException($"{ConfigurationKey} '{name}' is no known time zone; give an IANA id such as {DefaultZoneId}.");
    }
}
