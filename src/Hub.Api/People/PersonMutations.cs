using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.People;
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
        mutation.Change<UpdatePersonInput, Person, PersonPayloadType>("updatePerson", "Corrects identity, contacts, family doctor and domicile (rettifica).",
            Permission.ManagePersons, i => new(i.PersonId, i.ExpectedVersion), async (m, person, i) =>
            {
                person.Correct(new PersonName(i.FirstName, i.LastName), i.Sex, i.BirthDate, i.BirthPlaceCode, m.Today);
                person.SetContacts(new Contacts(i.Phone, i.Email));
                person.SetFamilyDoctor(i.FamilyDoctor);
                person.SetDomicile(i.Domicile is null ? null : await i.Domicile.ToAddressAsync(m));
            });
        mutation.Change<MoveResidenceInput, Person, PersonPayloadType>("moveResidence", "Moves the registered residence (cambio di residenza).", Permission.ManagePersons,
            i => new(i.PersonId, i.ExpectedVersion), async (m, person, i) => person.MoveResidence(await i.Residence.ToAddressAsync(m)));
        mutation.Change<RecordDeathInput, Person, PersonPayloadType>("recordDeath", "Records the date of death (decesso).", Permission.ManagePersons,
            i => new(i.PersonId, i.ExpectedVersion), (m, person, i) => person.RecordDeath(i.DeathDate, m.Today));
    }

    private static async Task<Entity> RegisterAsync(MutationContext m, RegisterPersonInput input)
    {
        var person = await NewPersonAsync(m, input);
        m.Db.Persons.Add(person);
        return person;
    }

    /// <summary>A person built from <paramref name="input"/>, not yet added: refused when the codice fiscale is taken, whether the caller sees its holder or not.</summary>
    internal static async Task<Person> NewPersonAsync(MutationContext m, RegisterPersonInput input)
    {
        var identifier = IdentifierInput.Parse(input.FiscalCode, nameof(input.FiscalCode));
        // The person is built first, so birth data that contradicts the code is refused before anyone's
        // existence is. Then unscoped, so a person the caller cannot see is refused here rather than by
        // the unique index (a bare DB_UPDATE): the same answer whether the caller sees them or not, and
        // the call audited as FAILED with the person concerned, who finds the attempt in their trail.
        // The refusal is the same whoever holds the code, a woman an anti-violence centre protects included: it names no
        // person and no id, and says only what a unique key cannot hide, that the code is registered. The lookup it
        // suggests answers null for anyone out of the caller's reach, so a protected woman is one of many it cannot see.
        var person = new Person(identifier, new PersonName(input.FirstName, input.LastName), input.Sex, input.BirthDate, input.BirthPlaceCode,
            await input.Residence.ToAddressAsync(m), m.Today);
        var existing = await m.Db.Persons.IgnoreQueryFilters().Where(p => p.Identifier == identifier.Value).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(m.CancellationToken);
        if (existing is { } taken)
            throw new IdentifierTakenException(nameof(input.FiscalCode),
                "This codice fiscale cannot be registered again: look the person up with person(fiscalCode:), or ask the services that follow them.", taken);
        person.SetContacts(new Contacts(input.Phone, input.Email));
        person.SetFamilyDoctor(input.FamilyDoctor);
        return person;
    }
}
