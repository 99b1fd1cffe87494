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
}
