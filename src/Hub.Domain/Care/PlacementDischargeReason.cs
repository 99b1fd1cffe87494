using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("Why a guest left a structure.")]
public enum PlacementDischargeReason
{
    [Description("Rientro a domicilio.")]
    ReturnHome,
    [Description("End of the temporary stay's term.")]
    EndOfTerm,
    [Description("Transfer to another structure.")]
    Transfer,
    [Description("Long hospital stay ending the placement.")]
    Hospitalisation,
    [Description("Decesso.")]
    Deceased,
    [Description("Altro.")]
    Other,
}
