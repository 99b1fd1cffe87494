namespace Hub.Domain.Structures;

/// <summary>The kind of a structure (struttura).</summary>
public enum StructureKind
{
    /// <summary>Residenza Sanitaria Assistenziale, for older people who are not self-sufficient.</summary>
    Rsa,
    /// <summary>Residenza Sanitaria per persone con Disabilità.</summary>
    Rsd,
    /// <summary>Centro diurno (semi-residential).</summary>
    DayCenter,
    /// <summary>Cure intermedie: short post-acute stays after hospital.</summary>
    IntermediateCare,
    /// <summary>Centro per le famiglie.</summary>
    FamilyCenter,
    /// <summary>Punto Insieme / sportello sociale: the access point to services.</summary>
    AccessPoint,
}
