using Hub.Api.GraphQL.Paging;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Care;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.People;

namespace Hub.Api.People;

[ListArguments(typeof(PersonFilterType), typeof(PersonSortType))]
public sealed class PersonType : EntityGraphType<Person>
{
    public PersonType() : base("Person", "A person known to the services (assistito).")
    {
        this.Sensitive(Sensitivity.Personal);
        Field(p => p.IdentifierKind).Description("Kind of identifier: codice fiscale, STP or ENI.");
        Field(p => p.Identifier).Description("The codice fiscale, or the STP/ENI code.");
        Field(p => p.FirstName).Description("First name (nome).");
        Field(p => p.LastName).Description("Surname (cognome).");
        Field(p => p.Sex).Description("Sex (sesso).");
        Field(p => p.BirthDate).Description("Date of birth (data di nascita).");
        Field(p => p.BirthPlaceCode).Description("Cadastral code of the birth comune, or Z-code of the foreign country (luogo di nascita).");
        Field<NonNullGraphType<AddressType>>("residence").Description("Registered residence (residenza anagrafica).")
            .Resolve(context => context.Source.Residence);
        Field<AddressType>("domicile").Description("Where the person lives when not at the residence (domicilio).")
            .Resolve(context => context.Source.Domicile);
        Field<NonNullGraphType<ContactsType>>("contacts").Description("Phone and e-mail (recapiti).").Resolve(context => context.Source.Contacts);
        Field(p => p.FamilyDoctor, nullable: true).Description("Family doctor or paediatrician (medico di medicina generale / PLS).");
        Field<PersonType>("guardian").Description("Legal guardian or support administrator (tutore / amministratore di sostegno).").Reads("GuardianId")
            .Resolve(context => context.LoadById<Person>(context.Source.GuardianId));
        Field(p => p.DeathDate, nullable: true).Description("Date of death (data di decesso), when recorded.");
        Field<HouseholdType>("household").Description("The household the person belongs to (nucleo familiare).").Sensitive(Sensitivity.Social).Reads()
            .Resolve(context => context.LoadHouseholdOf(context.Source.Id));
        this.AddCareFields();
    }
}
