namespace Hub.Domain.Common;

/// <summary>Argument checks that raise <see cref="DomainValidationException"/> with the field's name.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new DomainValidationException(field, $"{field} is required.");
        if (trimmed.Length > maxLength)
            throw new DomainValidationException(field, $"{field} is longer than {maxLength} characters.");
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength = 200)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Required(trimmed, field, maxLength);
    }

    public static T NotNegative<T>(T value, string field) where T : System.Numerics.INumber<T>
    {
        if (T.IsNegative(value))
            throw new DomainValidationException(field, $"{field} cannot be negative.");
        return value;
    }

    public static void Ordered(DateOnly start, DateOnly? end, string field)
    {
        if (end is { } e && e < start)
            throw new DomainValidationException(field, $"{field} ends before it starts.");
    }

    /// <summary>
    /// Refuses an event dated after <paramref name="today"/>: events are recorded once they have
    /// happened; only plans (schedules, end dates, reviews) look ahead.
    /// </summary>
    public static void NotFuture(DateOnly on, DateOnly today, string field)
    {
        if (on > today)
            throw new DomainValidationException(field, $"{field} {Iso(on)} is in the future (today is {Iso(today)}): record it once it has happened.");
    }

    /// <summary>Refuses a date earlier than an earlier fact of the same object (<paramref name="earlierFact"/>, in words).</summary>
    public static void NotBefore(DateOnly on, DateOnly earliest, string field, string earlierFact)
    {
        if (on < earliest)
            throw new DomainValidationException(field, $"{field} {Iso(on)} is before {earlierFact} ({Iso(earliest)}).");
    }

    /// <summary>An event of an object's life: not before <paramref name="earliest"/>, and not in the future.</summary>
    public static void Happened(DateOnly on, DateOnly earliest, string earlierFact, DateOnly today, string field)
    {
        NotBefore(on, earliest, field, earlierFact);
        NotFuture(on, today, field);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
