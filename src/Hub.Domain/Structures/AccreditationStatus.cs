using System.ComponentModel;

namespace Hub.Domain.Structures;

[Description("Where a structure stands with the regional accreditation (accreditamento, L.R. 82/2009).")]
public enum AccreditationStatus
{
    [Description("Authorised to operate (autorizzata) but not accredited.")]
    Authorised,
    [Description("Accredited: may take publicly funded guests.")]
    Accredited,
    [Description("Accreditation suspended.")]
    Suspended,
    [Description("Accreditation revoked.")]
    Revoked,
}
