using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.Territory;

namespace Hub.Domain.People;

/// <summary>
/// A person known to the services (assistito). Identified by codice fiscale (or the provisional
/// 11-digit one), or by an STP/ENI code for people without one; that identifier is unique.
/// </summary>
public sealed class Person : AuditableEntity
{
    private Person() { }

    // Beyond the oldest documented human lifespan (122 years), so only a mistyped year is refused.
    private const int OldestAge = 130;

    public Person(PersonIdentifier identifier, PersonName name, Sex sex, DateOnly birthDate, string birthPlaceCode, Address residence, DateOnly today)
    {
        IdentifierKind = identifier.Kind;
        Identifier = identifier.Value;
        Correct(name, sex, birthDate, birthPlaceCode, today);
        MoveResidence(residence);
    }

    public PersonIdentifierKind IdentifierKind { get; private set; }

    /// <summary>The codice fiscale (16 characters, or 11 digits when provisional), or the STP/ENI code.</summary>
    public string Identifier { get; private set; } = "";

    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public Sex Sex { get; private set; }
    public DateOnly BirthDate { get; private set; }

    /// <summary>Cadastral code of the birth comune (current or ceased), or Z code of the foreign state; always one the national lists know.</summary>
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

    /// <summary>
    /// The Centro antiviolenza that follows the person (Organization): while set, only that centre's operators
    /// reach the record, whatever other scope would (row scopes, issue 17).
    /// </summary>
    public Guid? ProtectingCentreId { get; private set; }

    /// <summary>
    /// The day <see cref="ProtectingCentreId"/> took the person under its protection: the opening day of its case for a woman it registered, the day it
    /// took her for a woman registered already. Every placement of hers out of the centre's sight had ended by then, so her shelter stays start from it
    /// (<see cref="Minors.ShelterStay"/>). Null while no centre protects her.
    /// </summary>
    public DateOnly? ProtectedSince { get; private set; }

    /// <summary>Puts the person under <paramref name="centreId"/>'s protection from <paramref name="since"/>; protection is never lifted.</summary>
    internal void ProtectBy(Guid centreId, DateOnly since) => (ProtectingCentreId, ProtectedSince) = (centreId, since);

    public PersonName Name => new(FirstName, LastName);

    /// <summary>Whatever changed in the record (identity, residence, contacts, household), those who follow the person hear of it.</summary>
    protected internal override ChangeType? ChangedOnSave => ChangeType.PersonChanged;

    /// <summary>
    /// Corrects identity data. The birth place must be a known cadastral code (<see cref="CadastralCodes"/>), and a
    /// 16-character codice fiscale must agree with sex, birth date and birth place; a disagreement names the field.
    /// </summary>
    public void Correct(PersonName name, Sex sex, DateOnly birthDate, string birthPlaceCode, DateOnly today)
    {
        Guard.NotFuture(birthDate, today, nameof(BirthDate));
        if (birthDate < today.AddYears(-OldestAge))
            throw new DomainValidationException(nameof(BirthDate), $"Birth date {birthDate:yyyy-MM-dd} is more than {OldestAge} years ago: no one living was born then.");
        var birthPlace = KnownBirthPlace(birthPlaceCode);
        // No one is born in a comune after it ceased (merged into another, or dissolved).
        if (birthPlace.CeasedOn is { } ceased && birthDate >= ceased)
            throw new DomainValidationException(nameof(BirthDate), $"Birth date {birthDate:yyyy-MM-dd} is not before {ceased:yyyy-MM-dd}, when {birthPlace} ceased; give the comune of that date.");
        if (IdentifierKind == PersonIdentifierKind.FiscalCode)
            CheckAgreement(FiscalCode.Parse(Identifier), sex, birthDate, birthPlace);
        FirstName = Guard.Required(name.First, nameof(FirstName), 100);
        LastName = Guard.Required(name.Last, nameof(LastName), 100);
        Sex = sex;
        BirthDate = birthDate;
        BirthPlaceCode = birthPlace.Code;
    }

    /// <summary>Replaces a temporary STP/ENI or provisional code with the codice fiscale assigned later.</summary>
    public void AssignFiscalCode(FiscalCode fiscalCode)
    {
        if (!fiscalCode.IsConsistentWith(Sex, BirthDate) || fiscalCode.BirthPlaceCode != BirthPlaceCode)
            throw new DomainValidationException(nameof(Identifier), $"Codice fiscale {fiscalCode} does not match the person's sex, birth date and birth place.");
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

    /// <summary>Refuses new care for a person recorded as dead: no case is opened or reopened for them.</summary>
    /// <exception cref="DomainValidationException">The person's death is recorded (field <paramref name="field"/>).</exception>
    public void EnsureAlive(string field)
    {
        if (DeathDate is { } died)
            throw new DomainValidationException(field, $"The person died on {died:yyyy-MM-dd}: no case is opened or reopened for them.");
    }

    /// <summary>Refuses a case opened on <paramref name="openedOn"/>, a day before the person was born (red team 37).</summary>
    /// <exception cref="DomainValidationException">The day precedes the birth date (field <paramref name="field"/>).</exception>
    public void EnsureBornBy(DateOnly openedOn, string field)
    {
        if (openedOn < BirthDate)
            throw new DomainValidationException(field, $"The person was born on {BirthDate:yyyy-MM-dd}: no case of theirs opens before.");
    }

    private static CadastralPlace KnownBirthPlace(string code) =>
        CadastralCodes.Find(Guard.Required(code, nameof(BirthPlaceCode), 4).ToUpperInvariant())
        ?? throw new DomainValidationException(nameof(BirthPlaceCode),
            $"Birth place {code.Trim()} is no cadastral (Belfiore) code: neither of an Italian comune, current or ceased, nor of a foreign state (Z code).");

    // Each disagreement names the field that carries the value, so the caller knows what to fix; the code's omocodia
    // letters are already undone. The century is not part of the code, so only the year's last two digits compare.
    private static void CheckAgreement(FiscalCode code, Sex sex, DateOnly birthDate, CadastralPlace birthPlace)
    {
        if (code.Sex != sex)
            throw new DomainValidationException(nameof(Sex), $"Sex {Spell(sex)} disagrees with codice fiscale {code}, which encodes {Spell(code.Sex)}.");
        if (!code.EncodesBirthDate(birthDate))
            throw new DomainValidationException(nameof(BirthDate),
                $"Birth date {birthDate:yyyy-MM-dd} disagrees with codice fiscale {code}, which encodes day {code.BirthDay}, month {code.BirthMonth} of a year ending in {code.BirthYearTwoDigits:00}.");
        if (code.BirthPlaceCode != birthPlace.Code)
            throw new DomainValidationException(nameof(BirthPlaceCode),
                $"Birth place {birthPlace} disagrees with codice fiscale {code}, which encodes {CadastralCodes.Find(code.BirthPlaceCode)?.ToString() ?? $"{code.BirthPlaceCode}, a code no national list knows"}.");
    }

    // As the schema spells the enum value (MALE), not as C# does.
    private static string Spell(Sex sex) => sex.ToString().ToUpperInvariant();
}
