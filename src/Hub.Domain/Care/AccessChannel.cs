namespace Hub.Domain.Care;

/// <summary>How a person reached the services (canale di accesso).</summary>
public enum AccessChannel
{
    /// <summary>Punto Insieme or sportello sociale.</summary>
    AccessPoint,
    /// <summary>A hospital's protected-discharge request.</summary>
    Hospital,
    /// <summary>The family doctor (MMG/PLS).</summary>
    GeneralPractitioner,
    /// <summary>The social service itself.</summary>
    SocialService,
    /// <summary>The person or the family.</summary>
    Self,
    /// <summary>Others: school, court, police, third sector.</summary>
    ThirdParty,
}
