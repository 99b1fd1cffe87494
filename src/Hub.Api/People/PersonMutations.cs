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
                await EnsureKeepsRegistryOfAsync(m, person);
                person.Correct(new PersonName(i.FirstName, i.LastName), i.Sex, i.BirthDate, i.BirthPlaceCode, m.Today);
                person.SetContacts(new Contacts(i.Phone, i.Email));
                person.SetFamilyDoctor(i.FamilyDoctor);
                person.SetDomicile(i.Domicile is null ? null : await i.Domicile.ToAddressAsync(m));
            });
        mutation.Change<MoveResidenceInput, Person, PersonPayloadType>("moveResidence", "Moves the registered residence (cambio di residenza).", Permission.ManagePersons,
            i => new(i.PersonId, i.ExpectedVersion), async (m, person, i) =>
            {
                await EnsureKeepsRegistryOfAsync(m, person);
                person.MoveResidence(await i.Residence.ToAddressAsync(m));
            });
        mutation.Change<RecordDeathInput, Person, PersonPayloadType>("recordDeath", "Records the date of death (decesso).", Permission.ManagePersons,
            i => new(i.PersonId, i.ExpectedVersion), async (m, person, i) =>
            {
                await EnsureKeepsRegistryOfAsync(m, person);
                person.RecordDeath(i.DeathDate, m.Today);
            });
    }

    /// <summary>
    /// Zone staff keep the registry of the persons living in their zones only. A team member of another zone reaches the
    /// person of its case to work on the case, not to correct, move or record the death of that person: moving her into its
    /// own zone would have made the case's reach a lasting one, and taken the resident from her zone.
    /// </summary>
    /// <exception cref="ForbiddenException">The caller is zone staff and the person lives outside its zones.</exception>
    private static async Task EnsureKeepsRegistryOfAsync(MutationContext m, Person person)
    {
        var caller = m.Db.Scope.Caller;
        if (caller.Unrestricted || (caller.Reach & RoleGrant.ZoneReach) == 0)
            return;
        var municipality = person.Residence.MunicipalityId;
        if (!await m.Db.ZoneMemberships.AnyAsync(z => z.MunicipalityId == municipality && z.ValidTo == null && caller.ZoneCodes.Contains(z.Zone!.Code), m.CancellationToken))
            throw new ForbiddenException("Only the staff of the zone where the person lives correct or move them in the registry: "
                + "as a member of a case team from another zone you work on the case, not on the person's registration.");
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
            throw CodeTaken(taken);
        person.SetContacts(new Contacts(input.Phone, input.Email));
        person.SetFamilyDoctor(input.FamilyDoctor);
        return person;
    }

    /// <summary>
    /// The one refusal of a registered codice fiscale, whoever holds it and whether the caller sees them (registerPerson, and every refusal of
    /// openAntiViolenceCase to take a registered woman): it names no person and says only what a unique key cannot hide.
    /// </summary>
    public static IdentifierTakenException CodeTaken(Guid holder) =>
        new("FiscalCode", "This codice fiscale cannot be registered again: look the person up with person(fiscalCode:), or ask the services that follow them.", holder);
}
