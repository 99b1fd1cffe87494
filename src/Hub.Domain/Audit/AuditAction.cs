namespace Hub.Domain.Audit;

/// <summary>What the caller did.</summary>
public enum AuditAction
{
    /// <summary>Read (consultazione), which is logged like any change for health records.</summary>
    Read,
    Create,
    Update,
    Delete,
}
