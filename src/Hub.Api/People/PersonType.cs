using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.People;

namespace Hub.Api.People;

public sealed class PersonType : EntityGraphType<Person, PersonFilterInputType, PersonSortInputType>
{
    /// <param name="extensions">Fields other features add to a person (Care: cases, plan, placements).</param>
    public PersonType(IEnumerable<ITypeExtension<PersonType>> extensions) : base("A person known to the services (assistito).", Sensitivity.Personal)
    {
        Field(p => p.IdentifierKind).Description("Kind of identifier: codice fiscale, provisional codice fiscale, STP or ENI.");
        Field(p => p.Identifier).Description("The codice fiscale (16 characters, or 11 digits when provisional), or the STP/ENI code.");
        Field(p => p.FirstName).Description("First name (nome).");
        Field(p => p.LastName).Description("Surname (cognome).");
        Field(p => p.Sex).Description("Sex (sesso).");
        Field(p => p.BirthDate).Description("Date of birth (data di nascita).");
        Field(p => p.BirthPlaceCode).Description("Cadastral (Belfiore) code of the birth comune, current or ceased, or Z code of the foreign state (luogo di nascita).");
        Field<NonNullGraphType<AddressType>>("residence").Description("Registered residence (residenza anagrafica).")
            .Resolve(context => context.Source.Residence);
        Field<AddressType>("domicile").Description("Where the person lives when not at the residence (domicilio).")
            .Resolve(context => context.Source.Domicile);
        Field<NonNullGraphType<ContactsType>>("contacts").Description("Phone and e-mail (recapiti).").Resolve(context => context.Source.Contacts);
        Field(p => p.FamilyDoctor, nullable: true).Description("Family doctor or paediatrician (medico di medicina generale / PLS).");
        Reference<PersonType>("guardian", p => p.GuardianId).Description("Legal guardian or support administrator (tutore / amministratore di sostegno).");
        Field(p => p.DeathDate, nullable: true).Description("Date of death (data di decesso), when recorded.");
        Field<HouseholdType>("household").Description("The household the person belongs to (nucleo familiare).").Sensitive(Sensitivity.Social).Reads()
            .Resolve(context => context.LoadHouseholdOf(context.Source.Id));
        foreach (var extension in extensions)
            extension.AddFieldsTo(this);
    }
}
