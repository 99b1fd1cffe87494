using System.ComponentModel;

namespace Hub.Domain.Audit;

[Description("How sensitive a field is; roles hold clearances for these levels.")]
[Flags]
public enum Sensitivity
{
    [Description("Master data anyone authenticated may read.")]
    Public = 0,
    [Description("Identity and contacts.")]
    Personal = 1,
    [Description("Household, ISEE, case notes.")]
    Social = 2,
    [Description("Assessments, needs, clinical detail.")]
    Health = 4,
    [Description("Court measures (minors).")]
    Judicial = 8,
    [Description("The summary of HEALTH that hospitals and providers see: care-need level, a dementia or cognitive unit, the discharge needs; never assessment detail.")]
    HealthSummary = 16,
}
