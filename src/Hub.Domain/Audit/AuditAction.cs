using System.ComponentModel;

namespace Hub.Domain.Audit;

[Description("What the caller did.")]
public enum AuditAction
{
    [Description("Read (consultazione), which is logged like any change for health records.")]
    Read,
    [Description("Created a record (inserimento).")]
    Create,
    [Description("Changed a record (modifica).")]
    Update,
    [Description("Removed a record (cancellazione).")]
    Delete,
}
