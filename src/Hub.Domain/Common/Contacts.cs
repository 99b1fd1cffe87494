namespace Hub.Domain.Common;

/// <summary>Phone and e-mail (recapiti); PEC is the certified e-mail public bodies use.</summary>
public sealed record Contacts(string? Phone, string? Email, string? CertifiedEmail = null)
{
    public static readonly Contacts None = new(null, null);
}
