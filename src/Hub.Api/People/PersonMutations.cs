using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.People;

public sealed class PersonPayloadType() : PayloadType<PersonType>("PersonPayload", "person", "The result of a change to a person.", Domain.Audit.Sensitivity.Personal);

/// <summary>Registering and maintaining persons (anagrafe assistiti).</summary>
public sealed class PersonMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterPersonInput, PersonPayloadType>("registerPerson", "Registers a person; the codice fiscale is validated and must be new (iscrizione).",
            Permission.ManagePersons, RegisterAsync);
        mutation.Mutation<UpdatePersonInput, PersonPayloadType>("updatePerson", "Corrects identity, contacts, family doctor and domicile (rettifica).",
            Permission.ManagePersons, async (m, input) =>
            {
                var person = await m.Find<Person>(input.PersonId, input.ExpectedVersion);
                person.Correct(new PersonName(input.FirstName, input.LastName), input.Sex, input.BirthDate, input.BirthPlaceCode);
                person.SetContacts(new Contacts(input.Phone, input.Email));
                person.SetFamilyDoctor(input.FamilyDoctor);
                person.SetDomicile(input.Domicile is null ? null : await AddressAsync(m, input.Domicile));
                return person;
            });
        mutation.Mutation<MoveResidenceInput, PersonPayloadType>("moveResidence", "Moves the registered residence (cambio di residenza).", Permission.ManagePersons,
            async (m, input) =>
            {
                var person = await m.Find<Person>(input.PersonId, input.ExpectedVersion);
                person.MoveResidence(await AddressAsync(m, input.Residence));
                return person;
            });
        mutation.Mutation<RecordDeathInput, PersonPayloadType>("recordDeath", "Records the date of death (decesso).", Permission.ManagePersons,
            async (m, input) =>
            {
                var person = await m.Find<Person>(input.PersonId, input.ExpectedVersion);
                person.RecordDeath(input.DeathDate, m.Today);
                return person;
            });
    }

    private static async Task<Entity> RegisterAsync(MutationContext m, RegisterPersonInput input)
    {
        var identifier = ParseIdentifier(input.FiscalCode);
        if (await m.Db.Persons.AnyAsync(p => p.Identifier == identifier.Value, m.CancellationToken))
            throw new DomainValidationException("FiscalCode", $"A person with identifier {identifier.Value} is already registered.");
        var person = new Person(identifier, new PersonName(input.FirstName, input.LastName), input.Sex, input.BirthDate, input.BirthPlaceCode,
            await AddressAsync(m, input.Residence));
        person.SetContacts(new Contacts(input.Phone, input.Email));
        person.SetFamilyDoctor(input.FamilyDoctor);
        m.Db.Persons.Add(person);
        return person;
    }

    // A malformed code is a validation failure of the input field that carried it.
    private static PersonIdentifier ParseIdentifier(string value)
    {
        try
        {
            return PersonIdentifier.Parse(value);
        }
        catch (InvalidIdentifierException e)
        {
            throw new DomainValidationException("FiscalCode", e.Message);
        }
    }

    private static async Task<Address> AddressAsync(MutationContext m, AddressInput input) =>
        new((await m.FindEntity<Municipality>(input.MunicipalityId)).Id, input.Street, input.PostalCode);
}
