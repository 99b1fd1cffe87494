using System.ComponentModel;

namespace Hub.Domain.People;

[Description("Sex as recorded in the anagrafe and encoded in the codice fiscale (sesso).")]
public enum Sex
{
    [Description("Maschio.")]
    Male,
    [Description("Femmina.")]
    Female,
}
