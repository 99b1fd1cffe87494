using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("Whom a UVM assessment is of: the person of the case, or — by the UVM for minors — the minor or the minor's family.")]
public enum AssessmentSubject
{
    [Description("The person of the case (valutazione multidimensionale della persona).")]
    Person,
    [Description("The minor, by the UVM for minors (valutazione del minore: needs, development, risk).")]
    Minor,
    [Description("The minor's family, by the UVM for minors (valutazione della famiglia: parenting capacity, resources).")]
    Family,
}
