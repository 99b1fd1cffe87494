using System.ComponentModel;

namespace Hub.Domain.Audit;

[Description("How the access ended.")]
public enum AuditOutcome
{
    [Description("Access granted and completed.")]
    Success,
    [Description("Refused by authorization.")]
    Denied,
    [Description("Refused by a rule or failed.")]
    Failed,
}
