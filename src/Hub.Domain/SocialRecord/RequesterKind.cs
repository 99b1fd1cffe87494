using System.ComponentModel;

namespace Hub.Domain.SocialRecord;

[Description("Who brought a request to the desk (richiedente).")]
public enum RequesterKind
{
    [Description("The person concerned.")]
    Self,
    [Description("A relative (familiare).")]
    Relative,
    [Description("Another private party: a neighbour, a carer, a support administrator.")]
    ThirdParty,
    [Description("A hospital ward.")]
    Hospital,
    [Description("The family doctor (MMG/PLS).")]
    GeneralPractitioner,
    [Description("A school.")]
    School,
    [Description("A court, the police or another public body.")]
    PublicBody,
    [Description("The third sector: associations, volunteers, parishes.")]
    ThirdSector,
}
