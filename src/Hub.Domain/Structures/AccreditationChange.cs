using System.ComponentModel;

namespace Hub.Domain.Structures;

[Description("What an act of the Region does to a structure's accreditation (atto di accreditamento).")]
public enum AccreditationChange
{
    [Description("Grants accreditation, or grants it again after a suspension or revocation (concessione): needs an expiry.")]
    Grant,
    [Description("Renews an accreditation in force to a later expiry (rinnovo).")]
    Renew,
    [Description("Suspends an accreditation in force (sospensione).")]
    Suspend,
    [Description("Revokes an accreditation in force or suspended (revoca).")]
    Revoke,
}
