using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("Why a UVM assessment was made.")]
public enum AssessmentKind
{
    [Description("Prima valutazione.")]
    First,
    [Description("Rivalutazione periodica.")]
    Periodic,
    [Description("Rivalutazione straordinaria, after a change in condition.")]
    Extraordinary,
}
