using System.ComponentModel;

namespace Hub.Domain.People;

[Description("The kind of a person's identifier.")]
public enum PersonIdentifierKind
{
    [Description("Codice fiscale of 16 characters, which encodes name, birth date, sex and birth place.")]
    FiscalCode,
    [Description("Provisional codice fiscale (codice fiscale provvisorio): 11 digits, the last a check digit, issued by the Agenzia delle Entrate to people awaiting a definitive code; it encodes no birth data.")]
    ProvisionalFiscalCode,
    [Description("Straniero Temporaneamente Presente: code issued to foreigners without a residence permit.")]
    Stp,
    [Description("Europeo Non Iscritto: code issued to EU citizens not registered with the SSN.")]
    Eni,
}
