namespace Hub.Domain.Structures;

/// <summary>Where a structure stands with the regional accreditation (accreditamento, L.R. 82/2009).</summary>
public enum AccreditationStatus
{
    /// <summary>Authorised to operate (autorizzata) but not accredited.</summary>
    Authorised,
    /// <summary>Accredited: may take publicly funded guests.</summary>
    Accredited,
    /// <summary>Accreditation suspended.</summary>
    Suspended,
    /// <summary>Accreditation revoked.</summary>
    Revoked,
}
