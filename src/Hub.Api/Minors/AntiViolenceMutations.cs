using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.People;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Minors;

/// <summary>The anti-violence pathway: a centre opens its own cases, which nobody else sees.</summary>
public sealed class AntiViolenceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<OpenAntiViolenceCaseInput, CareCasePayloadType>("openAntiViolenceCase",
            "Registers a woman, or takes a woman already registered under the same codice fiscale, name, sex and birth date under the centre's protection, "
            + "and opens a case of the caller's Centro antiviolenza for her (area GENDER_VIOLENCE), with her shelter's address; from then on she, the case "
            + "and the shelter are seen by the centre's operators only, whatever reached her before (percorso antiviolenza). The centres serve adult women "
            + "(Intesa Stato-Regioni 27/11/2014, art. 1; Convenzione di Istanbul, L. 77/2013): a man (sex) or a minor (birthDate) is refused with a "
            + "ValidationError, whatever the registry holds; a woman of any zone is taken. A registered code is taken only for the living adult woman of "
            + "that exact identity whom no centre protects and no service follows (her case, placement, discharge or access request, a family-centre "
            + "referral, parental responsibility, a foster family, a child's case in her household); every other registered code is refused with the "
            + "one ValidationError on fiscalCode that registerPerson gives a taken code, which tells nothing of whose it is or why: the services that "
            + "follow her hand her over.",
            Permission.ManageAntiViolenceCases, OpenAsync);

    private static async Task<Entity> OpenAsync(MutationContext m, OpenAntiViolenceCaseInput input)
    {
        AntiViolencePathway.EnsureServes(input.Person.Sex, input.Person.BirthDate, input.OpenedOn ?? m.Today, m.Today);
        // The centre is the caller's own organisation, checked against the registry when the token was accepted.
        var centre = await m.Db.Organizations.SingleAsync(o => o.Id == m.Db.Scope.Caller.OrganizationId, m.CancellationToken);
        var (woman, earlierCases) = await WomanAsync(m, input.Person);
        var shelter = input.Shelter is null ? null : await input.Shelter.ToAddressAsync(m);
        var (careCase, protectedAddress) = AntiViolencePathway.Open(woman, centre, shelter, input.OpenedOn ?? m.Today, m.Today, earlierCases);
        m.Db.CareCases.Add(careCase);
        if (protectedAddress is not null)
            m.Db.ProtectedAddresses.Add(protectedAddress);
        return careCase;
    }

    /// <summary>
    /// The woman and, when she was registered already, her earlier cases (null when registered now), which the pathway seals.
    /// The woman is registered anew; or, when her codice fiscale is already registered to a living adult woman of the same name, sex and
    /// birth date whom no centre protects yet (<see cref="AntiViolencePathway.MayProtect"/>) and no service follows today
    /// (<see cref="ServicesFollowing"/>), that person, whose record is otherwise left as it is. Taking her hides her from every other
    /// body, so a person a service follows is handed over by it, never taken by a centre on its own.
    /// </summary>
    /// <remarks>
    /// Every refusal of a registered code is the one registerPerson gives a taken code, the same exception rethrown: another identity,
    /// a minor, the dead, a woman another centre protects, a man, a woman a service follows. So the mutation is no oracle of the name
    /// registered to a code (a wrong first name and a followed woman read alike), nor of whether a service follows her, nor of which.
    /// </remarks>
    private static async Task<(Person Woman, List<CareCase>? EarlierCases)> WomanAsync(MutationContext m, RegisterPersonInput input)
    {
        try
        {
            return (m.Db.Persons.Add(await PersonMutations.NewPersonAsync(m, input)).Entity, null);
        }
        catch (IdentifierTakenException taken)
        {
            // Unscoped, as the uniqueness check: nobody but a centre's operators sees a protected woman, and the centre not yet.
            var existing = await m.Db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == taken.PersonId, m.CancellationToken);
            // Asked whatever the identity: asked only for a matching one, the extra statement timed the name right (red team 36).
            var followed = (await ServicesFollowing.AmongAsync(m.Db, [existing.Id], m.CancellationToken)).Count > 0;
            if (!AntiViolencePathway.MayProtect(existing, m.Today) || !SameIdentity(existing, input) || followed)
                throw;
            // Unscoped: her cases are the zones' that held them, out of the centre's sight; they are sealed, not shown. One opened since
            // she was found not followed (a zone at the same moment) means a service follows her now: refused as any followed woman
            // (CI: the pathway's seal of that open case was an internal error; a case opened after this read, ProtectionRace refuses at the save).
            var earlierCases = await m.Db.CareCases.IgnoreQueryFilters().Where(c => c.PersonId == existing.Id).ToListAsync(m.CancellationToken);
            if (earlierCases.Any(c => CareCase.OpenStatuses.Contains(c.Status)))
                throw;
            return (existing, earlierCases);
        }
    }

    private static bool SameIdentity(Person person, RegisterPersonInput input) =>
        (SearchKey.Fold(person.FirstName), SearchKey.Fold(person.LastName), person.Sex, person.BirthDate)
        == (SearchKey.Fold(input.FirstName), SearchKey.Fold(input.LastName), input.Sex, input.BirthDate);
}
