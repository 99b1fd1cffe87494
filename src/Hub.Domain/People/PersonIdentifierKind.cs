using System.ComponentModel;

namespace Hub.Domain.People;

[Description("The kind of a person's identifier.")]
public enum PersonIdentifierKind
{
    [Description("Codice fiscale of a resident or registered person.")]
    FiscalCode,
    [Description("Straniero Temporaneamente Presente: code issued to foreigners without a residence permit.")]
    Stp,
    [Description("Europeo Non Iscritto: code issued to EU citizens not registered with the SSN.")]
    Eni,
}
