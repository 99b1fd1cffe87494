using Hub.Domain.Common;
using Hub.Domain.Events;

namespace Hub.Domain.People;

/// <summary>
/// A person known to the services (assistito). Identified by codice fiscale, or by an
/// STP/ENI code for people without one; that identifier is unique.
/// </summary>
public sealed class Person : AuditableEntity
{
    private Person() { }

    public Person(PersonIdentifier identifier, PersonName name, Sex sex, DateOnly birthDate, string birthPlaceCode, Address residence)
    {
        IdentifierKind = identifier.Kind;
        Identifier = identifier.Value;
        Correct(name, sex, birthDate, birthPlaceCode);
        MoveResidence(residence);
    }

    public PersonIdentifierKind IdentifierKind { get; private set; }

    /// <summary>The codice fiscale, or the STP/ENI code.</summary>
    public string Identifier { get; private set; } = "";

    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly BirthDate { get; private set; }

    /// <summary>Cadastral code of the birth comune, or Z-code of the foreign country.</summary>
    public string BirthPlaceCode { get; private set; } = "";

    public Address Residence { get; private set; } = null!;

    /// <summary>Where the person actually lives when not at the residence (domicilio).</summary>
    public Address? Domicile { get; private set; }

    public Contacts Contacts { get; private set; } = Contacts.None;

    /// <summary>Medico di medicina generale or pediatra di libera scelta.</summary>
    public string? FamilyDoctor { get; private set; }

    /// <summary>Legal guardian, curator or support administrator (amministratore di sostegno).</summary>
    public Guid? GuardianId { get; private set; }

    public DateOnly? DeathDate { get; private set; }

    public PersonName Name => new(FirstName, LastName);

    /// <summary>Whatever changed in the record (identity, residence, contacts, household), those who follow the person hear of it.</summary>
    protected internal override ChangeType? ChangedOnSave => ChangeType.PersonChanged;

    /// <summary>Corrects identity data; a codice fiscale must agree with sex and birth date.</summary>
    public void Correct(PersonName name, Sex sex, DateOnly birthDate, string birthPlaceCode)
    {
        if (IdentifierKind == PersonIdentifierKind.FiscalCode && !FiscalCode.Parse(Identifier).IsConsistentWith(sex, birthDate))
            throw new DomainValidationException(nameof(Identifier), $"Codice fiscale {Identifier} does not match sex {sex} and birth date {birthDate:yyyy-MM-dd}.");
        FirstName = Guard.Required(name.First, nameof(FirstName), 100);
        LastName = Guard.Required(name.Last, nameof(LastName), 100);
        Sex = sex;
        BirthDate = birthDate;
        BirthPlaceCode = Guard.Required(birthPlaceCode, nameof(BirthPlaceCode), 4).ToUpperInvariant();
    }

    /// <summary>Replaces a temporary STP/ENI code with the codice fiscale assigned later.</summary>
    public void AssignFiscalCode(FiscalCode fiscalCode)
    {
        if (!fiscalCode.IsConsistentWith(Sex, BirthDate))
            throw new DomainValidationException(nameof(Identifier), $"Codice fiscale {fiscalCode} does not match the person's sex and birth date.");
        IdentifierKind = PersonIdentifierKind.FiscalCode;
        Identifier = fiscalCode.Value;
    }

    public void MoveResidence(Address residence) => Residence = residence.Copy();

    public void SetDomicile(Address? domicile) => Domicile = domicile?.Copy();

    public void SetContacts(Contacts? contacts) => Contacts = contacts ?? Contacts.None;

    public void SetFamilyDoctor(string? doctor) => FamilyDoctor = Guard.Optional(doctor, nameof(FamilyDoctor));

    public void AppointGuardian(Guid? guardianId)
    {
        if (guardianId == Id)
            throw new DomainValidationException(nameof(GuardianId), "A person cannot be their own guardian.");
        GuardianId = guardianId;
    }

    /// <summary>Records the death on a day between the birth and <paramref name="today"/>.</summary>
    public void RecordDeath(DateOnly date, DateOnly today)
    {
        Guard.Happened(date, BirthDate, "the birth date", today, nameof(DeathDate));
        DeathDate = date;
    }
}
