using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("The five kinds of intervention a PAP may hold.")]
public enum InterventionKind
{
    [Description("Assistenza domiciliare diretta.")]
    HomeCareDirect,
    [Description("Assistenza domiciliare indiretta: voucher or contribution to a family carer.")]
    HomeCareIndirect,
    [Description("Inserimento semi-residenziale (centro diurno).")]
    SemiResidential,
    [Description("Inserimento residenziale temporaneo, respite included.")]
    TemporaryResidential,
    [Description("Inserimento residenziale permanente.")]
    PermanentResidential,
}
