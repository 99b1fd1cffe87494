namespace Hub.Domain.Structures;

/// <summary>The kind of a structure module (modulo), which sets the care intensity and tariff.</summary>
public enum ModuleKind
{
    /// <summary>Modulo base.</summary>
    Base,
    /// <summary>Bassa intensità assistenziale (BIA).</summary>
    LowIntensity,
    /// <summary>Modulo cognitivo-comportamentale (dementia).</summary>
    CognitiveBehavioural,
    /// <summary>Modulo motorio (motor disability).</summary>
    Motor,
    /// <summary>Ricovero di sollievo (respite).</summary>
    Respite,
    /// <summary>Semi-residenziale (day places).</summary>
    SemiResidential,
}
