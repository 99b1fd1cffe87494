using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.People;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Families;
using Hub.Domain.Minors;
using Hub.Domain.People;
using Hub.Domain.SocialRecord;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Minors;

/// <summary>The anti-violence pathway: a centre opens its own cases, which nobody else sees.</summary>
public sealed class AntiViolenceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<OpenAntiViolenceCaseInput, CareCasePayloadType>("openAntiViolenceCase",
            "Registers a woman, or takes a woman already registered under the same codice fiscale, name, sex and birth date under the centre's protection, "
            + "and opens a case of the caller's Centro antiviolenza for her (area GENDER_VIOLENCE), with her shelter's address; from then on she, the case "
            + "and the shelter are seen by the centre's operators only, whatever reached her before (percorso antiviolenza).",
            Permission.ManageAntiViolenceCases, OpenAsync);

    private static async Task<Entity> OpenAsync(MutationContext m, OpenAntiViolenceCaseInput input)
    {
        // The centre is the caller's own organisation, checked against the registry when the token was accepted.
        var centre = await m.Db.Organizations.SingleAsync(o => o.Id == m.Db.Scope.Caller.OrganizationId, m.CancellationToken);
        var woman = await WomanAsync(m, input.Person);
        var shelter = input.Shelter is null ? null : await input.Shelter.ToAddressAsync(m);
        var (careCase, protectedAddress) = AntiViolencePathway.Open(woman, centre, shelter, input.OpenedOn ?? m.Today, m.Today);
        m.Db.CareCases.Add(careCase);
        if (protectedAddress is not null)
            m.Db.ProtectedAddresses.Add(protectedAddress);
        return careCase;
    }

    /// <summary>
    /// The woman: registered anew; or, when her codice fiscale is already registered to a living adult of the same name, sex and birth
    /// date whom no centre protects yet and no other service holds today (no open case, no placement in course, no discharge request
    /// under way), that person, whose record is otherwise left as it is. Taking her hides her from every other body, so a person those
    /// services follow is handed over by them, never taken by a centre on its own; nor is a minor (the child-protection service's) or the
    /// dead. Every other holder of the code is refused exactly as registerPerson refuses a taken code, so the answer says nothing of who
    /// holds it or why.
    /// </summary>
    private static async Task<Person> WomanAsync(MutationContext m, RegisterPersonInput input)
    {
        try
        {
            return m.Db.Persons.Add(await PersonMutations.NewPersonAsync(m, input)).Entity;
        }
        catch (IdentifierTakenException taken)
        {
            // Unscoped, as the uniqueness check: nobody but a centre's operators sees a protected woman, and the centre not yet.
            var existing = await m.Db.Persons.IgnoreQueryFilters().SingleAsync(p => p.Id == taken.PersonId, m.CancellationToken);
            if (!AntiViolencePathway.MayProtect(existing, m.Today) || !SameIdentity(existing, input) || await FollowedElsewhereAsync(m, existing.Id))
                throw;
            return existing;
        }
    }

    private static readonly DischargeRequestStatus[] DischargesEnded = [DischargeRequestStatus.Discharged, DischargeRequestStatus.Cancelled];

    private static readonly ReferralOutcome[] ReferralsEnded = [ReferralOutcome.Concluded, ReferralOutcome.Declined];

    /// <summary>
    /// Whether another service holds her today, so that protecting her would make her vanish from its record: a case in course, a placement
    /// in course, a discharge request under way, an access request waiting at a desk, a family-centre referral of her household in course,
    /// her parental responsibility for a child, her place in a foster family. Unscoped: those services are the ones she would vanish from.
    /// </summary>
    private static async Task<bool> FollowedElsewhereAsync(MutationContext m, Guid personId)
    {
        var (db, ct) = (m.Db, m.CancellationToken);
        return await db.CareCases.IgnoreQueryFilters().AnyAsync(c => c.PersonId == personId && CareCase.OpenStatuses.Contains(c.Status), ct)
            || await db.Placements.IgnoreQueryFilters().AnyAsync(p => p.PersonId == personId && Placement.ActiveStatuses.Contains(p.Status), ct)
            || await db.DischargeRequests.IgnoreQueryFilters().AnyAsync(d => d.PersonId == personId && !DischargesEnded.Contains(d.Status), ct)
            || await db.AccessRequests.IgnoreQueryFilters().AnyAsync(r => r.PersonId == personId && r.Status == AccessRequestStatus.Received, ct)
            || await db.FamilyCenterReferrals.IgnoreQueryFilters().AnyAsync(r => !ReferralsEnded.Contains(r.Outcome)
                && (r.ChildId == personId || db.HouseholdMembers.IgnoreQueryFilters().Any(h => h.HouseholdId == r.HouseholdId && h.PersonId == personId)), ct)
            || await db.ParentalResponsibilities.IgnoreQueryFilters().AnyAsync(r => r.HolderId == personId, ct)
            || await db.FosterFamilies.IgnoreQueryFilters().AnyAsync(f => f.Parents.Any(p => p.PersonId == personId), ct);
    }

    private static bool SameIdentity(Person person, RegisterPersonInput input) =>
        (SearchKey.Fold(person.FirstName), SearchKey.Fold(person.LastName), person.Sex, person.BirthDate)
        == (SearchKey.Fold(input.FirstName), SearchKey.Fold(input.LastName), input.Sex, input.BirthDate);
}
