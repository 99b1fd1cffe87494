namespace Hub.Domain.Audit;

/// <summary>How the access ended.</summary>
public enum AuditOutcome
{
    Success,
    /// <summary>Refused by authorization.</summary>
    Denied,
    /// <summary>Refused by a rule or failed.</summary>
    Failed,
}
