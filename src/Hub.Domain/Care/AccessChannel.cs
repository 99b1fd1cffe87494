using System.ComponentModel;

namespace Hub.Domain.Care;

[Description("How a person reached the services (canale di accesso).")]
public enum AccessChannel
{
    [Description("Punto Insieme or sportello sociale.")]
    AccessPoint,
    [Description("A hospital's protected-discharge request.")]
    Hospital,
    [Description("The family doctor (MMG/PLS).")]
    GeneralPractitioner,
    [Description("The social service itself.")]
    SocialService,
    [Description("The person or the family.")]
    Self,
    [Description("Others: school, court, police, third sector.")]
    ThirdParty,
}
