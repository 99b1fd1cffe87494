namespace Hub.Domain.People;

public enum PersonIdentifierKind
{
    // Codice fiscale of a resident or registered person.
    FiscalCode,

    // Straniero Temporaneamente Presente: code issued to foreigners without a residence permit.
    Stp,

    // Europeo Non Iscritto: code issued to EU citizens not registered with the SSN.
    Eni,
}
