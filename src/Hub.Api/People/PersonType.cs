using Hub.Api.GraphQL.Paging;
using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.People;

namespace Hub.Api.People;

[ListArguments(typeof(PersonFilterType), typeof(PersonSortType))]
public sealed class PersonType : EntityGraphType<Person>
{
    public PersonType() : base("Person", "A person known to the services (assistito). Sensitivity: PERSONAL (identity and contacts).")
    {
        Field(p => p.IdentifierKind).Description("Kind of identifier: codice fiscale, STP or ENI. Sensitivity: PERSONAL.");
        Field(p => p.Identifier).Description("The codice fiscale, or the STP/ENI code. Sensitivity: PERSONAL.");
        Field(p => p.FirstName).Description("First name (nome). Sensitivity: PERSONAL.");
        Field(p => p.LastName).Description("Surname (cognome). Sensitivity: PERSONAL.");
        Field(p => p.Sex).Description("Sex (sesso). Sensitivity: PERSONAL.");
        Field(p => p.BirthDate).Description("Date of birth (data di nascita). Sensitivity: PERSONAL.");
        Field(p => p.BirthPlaceCode).Description("Cadastral code of the birth comune, or Z-code of the foreign country (luogo di nascita). Sensitivity: PERSONAL.");
        Field<NonNullGraphType<AddressType>>("residence").Description("Registered residence (residenza anagrafica). Sensitivity: PERSONAL.")
            .Resolve(context => context.Source.Residence);
        Field<AddressType>("domicile").Description("Where the person lives when not at the residence (domicilio). Sensitivity: PERSONAL.")
            .Resolve(context => context.Source.Domicile);
        Field<NonNullGraphType<ContactsType>>("contacts").Description("Phone and e-mail (recapiti). Sensitivity: PERSONAL.").Resolve(context => context.Source.Contacts);
        Field(p => p.FamilyDoctor, nullable: true).Description("Family doctor or paediatrician (medico di medicina generale / PLS). Sensitivity: PERSONAL.");
        Field<PersonType>("guardian").Description("Legal guardian or support administrator (tutore / amministratore di sostegno). Sensitivity: PERSONAL.").Reads("GuardianId")
            .Resolve(context => context.LoadById<Person>(context.Source.GuardianId));
        Field(p => p.DeathDate, nullable: true).Description("Date of death (data di decesso), when recorded. Sensitivity: PERSONAL.");
        Field<HouseholdType>("household").Description("The household the person belongs to (nucleo familiare). Sensitivity: SOCIAL.").Reads()
            .Resolve(context => context.LoadHouseholdOf(context.Source.Id));
        this.AddCareFields();
    }
}
