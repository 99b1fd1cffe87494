namespace Hub.Domain.Care;

/// <summary>The five kinds of intervention a PAP may hold.</summary>
public enum InterventionKind
{
    /// <summary>Assistenza domiciliare diretta.</summary>
    HomeCareDirect,
    /// <summary>Assistenza domiciliare indiretta: voucher or contribution to a family carer.</summary>
    HomeCareIndirect,
    /// <summary>Inserimento semi-residenziale (centro diurno).</summary>
    SemiResidential,
    /// <summary>Inserimento residenziale temporaneo, respite included.</summary>
    TemporaryResidential,
    /// <summary>Inserimento residenziale permanente.</summary>
    PermanentResidential,
}
