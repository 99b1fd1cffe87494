using System.ComponentModel;
using GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Territory;

namespace Hub.Api.People;

[Description("An address inside a comune (indirizzo).")]
public sealed record AddressInput(
    [property: Id, Description("The comune (Municipality id).")] string MunicipalityId,
    [property: Column<Address>(nameof(Address.Street)), Description("Street and number (via e civico).")] string? Street,
    [property: Column<Address>(nameof(Address.PostalCode)), Description("Postal code (CAP).")] string? PostalCode)
{
    /// <summary>The address, its comune found by id (NotFoundError when unknown).</summary>
    internal async Task<Address> ToAddressAsync(MutationContext m) => new((await m.FindEntity<Municipality>(MunicipalityId)).Id, Street, PostalCode);
}

[Description("Registers a person (iscrizione in anagrafe assistiti).")]
public sealed record RegisterPersonInput(
    [property: Column<Person>(nameof(Person.Identifier)), Description("Codice fiscale of 16 characters (checked: check character, omocodia, agreement with sex, birth date and birth place), provisional codice fiscale of 11 digits (checked: check digit), or STP/ENI code.")] string FiscalCode,
    [property: Column<Person>(nameof(Person.FirstName)), Description("First name (nome).")] string FirstName,
    [property: Column<Person>(nameof(Person.LastName)), Description("Surname (cognome).")] string LastName,
    [property: Description("Sex (sesso); must be the one a 16-character codice fiscale encodes.")] Sex Sex,
    [property: Description("Date of birth (data di nascita); day, month and the year's last two digits must be those a 16-character codice fiscale encodes.")] DateOnly BirthDate,
    [property: Column<Person>(nameof(Person.BirthPlaceCode)), Description(RegisterPersonInput.BirthPlaceRule)] string BirthPlaceCode,
    [property: Description("Registered residence (residenza).")] AddressInput Residence,
    [property: Column<Contacts>(nameof(Contacts.Phone)), Description("Phone (telefono).")] string? Phone,
    [property: Column<Contacts>(nameof(Contacts.Email)), Description("E-mail.")] string? Email,
    [property: Column<Person>(nameof(Person.FamilyDoctor)), Description("Family doctor (medico di medicina generale).")] string? FamilyDoctor)
{
    internal const string BirthPlaceRule = "Birth place (luogo di nascita): the cadastral (Belfiore) code of a comune, current or ceased (D612 Firenze, D583 Figline Valdarno), "
        + "or the Z code of a foreign state (Z404); must be the one a 16-character codice fiscale encodes.";
}

[Description("Corrects a person's identity and contacts (rettifica anagrafica).")]
public sealed record UpdatePersonInput(
    [property: Id, Description("The person (Person id).")] string PersonId,
    [property: Column<Person>(nameof(Person.FirstName)), Description("First name (nome).")] string FirstName,
    [property: Column<Person>(nameof(Person.LastName)), Description("Surname (cognome).")] string LastName,
    [property: Description("Sex (sesso); must be the one the person's 16-character codice fiscale encodes.")] Sex Sex,
    [property: Description("Date of birth (data di nascita); day, month and the year's last two digits must be those the person's 16-character codice fiscale encodes.")] DateOnly BirthDate,
    [property: Column<Person>(nameof(Person.BirthPlaceCode)), Description(RegisterPersonInput.BirthPlaceRule)] string BirthPlaceCode,
    [property: Column<Contacts>(nameof(Contacts.Phone)), Description("Phone (telefono).")] string? Phone,
    [property: Column<Contacts>(nameof(Contacts.Email)), Description("E-mail.")] string? Email,
    [property: Column<Person>(nameof(Person.FamilyDoctor)), Description("Family doctor (medico di medicina generale).")] string? FamilyDoctor,
    [property: Description("Where the person lives when not at the residence (domicilio); none when omitted.")] AddressInput? Domicile,
    [property: Description("The version read; the change is refused when the person has changed since.")] long? ExpectedVersion);

[Description("Moves a person's registered residence (cambio di residenza).")]
public sealed record MoveResidenceInput(
    [property: Id, Description("The person (Person id).")] string PersonId,
    [property: Description("The new residence.")] AddressInput Residence,
    [property: Description("The version read; the change is refused when the person has changed since.")] long? ExpectedVersion);

[Description("Records a person's death (decesso).")]
public sealed record RecordDeathInput(
    [property: Id, Description("The person (Person id).")] string PersonId,
    [property: Description("Date of death (data di decesso).")] DateOnly DeathDate,
    [property: Description("The version read; the change is refused when the person has changed since.")] long? ExpectedVersion);
