namespace Hub.Domain.Care;

/// <summary>Why a guest left a structure.</summary>
public enum PlacementDischargeReason
{
    /// <summary>Rientro a domicilio.</summary>
    ReturnHome,
    /// <summary>End of the temporary stay's term.</summary>
    EndOfTerm,
    /// <summary>Transfer to another structure.</summary>
    Transfer,
    /// <summary>Long hospital stay ending the placement.</summary>
    Hospitalisation,
    /// <summary>Decesso.</summary>
    Deceased,
    /// <summary>Altro.</summary>
    Other,
}
