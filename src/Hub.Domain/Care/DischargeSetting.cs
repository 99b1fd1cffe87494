using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("Where a patient goes after a protected discharge (setting di dimissione).")]
public enum DischargeSetting
{
    [Description("Home with no added services.")]
    Home,
    [Description("Home with home care (ADI / assistenza domiciliare).")]
    HomeWithCare,
    [Description("Cure intermedie.")]
    IntermediateCare,
    [Description("Temporary RSA stay.")]
    TemporaryResidential,
    [Description("Permanent RSA placement.")]
    PermanentResidential,
}
