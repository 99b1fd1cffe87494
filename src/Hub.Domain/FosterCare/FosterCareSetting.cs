using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("Where the minor lives during the affido (residenziale o diurno).")]
public enum FosterCareSetting
{
    [Description("Residenziale: the minor lives with the foster family.")]
    Residential,
    [Description("Diurno: daytime only; the minor sleeps at home.")]
    Daytime,
}
