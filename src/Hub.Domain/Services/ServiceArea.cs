namespace Hub.Domain.Services;

/// <summary>The area of need a service or case belongs to (area di intervento).</summary>
public enum ServiceArea
{
    /// <summary>Non autosufficienza: older people who are not self-sufficient.</summary>
    NonSelfSufficiency,
    /// <summary>Disabilità.</summary>
    Disability,
    /// <summary>Minori e famiglie.</summary>
    MinorsFamilies,
    /// <summary>Adulti in difficoltà (poverty, homelessness, exclusion).</summary>
    AdultsInDifficulty,
    /// <summary>Salute mentale.</summary>
    MentalHealth,
    /// <summary>Dipendenze.</summary>
    Addiction,
}
