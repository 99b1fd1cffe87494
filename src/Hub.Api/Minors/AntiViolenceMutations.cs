using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.People;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Families;
using Hub.Domain.FosterCare;
using Hub.Domain.Minors;
using Hub.Domain.People;
using Hub.Domain.Services;
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
            + "and the shelter are seen by the centre's operators only, whatever reached her before (percorso antiviolenza). A registered woman whom "
            + "another service follows, or whose household it follows (a child's case included), is refused with a ValidationError on fiscalCode "
            + "saying only that: that service hands her over.",
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
    /// under way, no child-protection case of her household: <see cref="FollowedElsewhereAsync"/>), that person, whose record is otherwise
    /// left as it is. Taking her hides her from every other body, so a person those services follow is handed over by them, never taken
    /// by a centre on its own, and the refusal says only that (<see cref="FollowedElsewhere"/>); nor is a minor (the child-protection
    /// service's) or the dead. Every other holder of the code is refused exactly as registerPerson refuses a taken code, so the answer says
    /// nothing of who holds it or why.
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
            if (!AntiViolencePathway.MayProtect(existing, m.Today) || !SameIdentity(existing, input))
                throw;
            if (await FollowedElsewhereAsync(m, existing.Id))
                throw new IdentifierTakenException(taken.Field, FollowedElsewhere, taken.PersonId);
            return existing;
        }
    }

    /// <summary>
    /// The refusal of a woman the centre named exactly (code, name, sex, birth date) whom another service follows: it says that much and
    /// what to do, never which service, what it holds or whose it is (a child's case in her household is the child-protection service's
    /// SOCIAL record, not the centre's to learn).
    /// </summary>
    private const string FollowedElsewhere =
        "This person, or her household, is followed by another service: a Centro antiviolenza does not take her from it on its own; "
        + "ask the services that follow her to hand her over.";

    private static readonly DischargeRequestStatus[] DischargesEnded = [DischargeRequestStatus.Discharged, DischargeRequestStatus.Cancelled];

    private static readonly ReferralOutcome[] ReferralsEnded = [ReferralOutcome.Concluded, ReferralOutcome.Declined];

    /// <summary>
    /// Whether another service holds her or her household today, so that protecting her would make her vanish from its record: a case
    /// in course, a placement in course, a discharge request under way, an access request waiting at a desk, a family-centre referral of
    /// her household in course, a child-protection case in course of a member of her household (the child-protection service keeps seeing
    /// the minor's household, the mother in it), her parental responsibility for a child, her place in a foster family not withdrawn. One statement;
    /// unscoped, every set of it: those services are the ones she would vanish from.
    /// </summary>
    private static Task<bool> FollowedElsewhereAsync(MutationContext m, Guid personId)
    {
        var db = m.Db;
        var households = db.HouseholdMembers.IgnoreQueryFilters().Where(h => h.PersonId == personId).Select(h => h.HouseholdId);
        var housemates = db.HouseholdMembers.IgnoreQueryFilters().Where(h => households.Contains(h.HouseholdId)).Select(h => h.PersonId);
        return db.Persons.IgnoreQueryFilters().AnyAsync(p => p.Id == personId && (
            db.CareCases.IgnoreQueryFilters().Any(c => CareCase.OpenStatuses.Contains(c.Status)
                && (c.PersonId == personId || c.Area == ServiceArea.MinorsFamilies && housemates.Contains(c.PersonId)))
            || db.Placements.IgnoreQueryFilters().Any(pl => pl.PersonId == personId && Placement.ActiveStatuses.Contains(pl.Status))
            || db.DischargeRequests.IgnoreQueryFilters().Any(d => d.PersonId == personId && !DischargesEnded.Contains(d.Status))
            || db.AccessRequests.IgnoreQueryFilters().Any(r => r.PersonId == personId && r.Status == AccessRequestStatus.Received)
            || db.FamilyCenterReferrals.IgnoreQueryFilters().Any(r => !ReferralsEnded.Contains(r.Outcome) && (r.ChildId == personId || r.HouseholdId != null && households.Contains(r.HouseholdId.Value)))
            || db.ParentalResponsibilities.IgnoreQueryFilters().Any(r => r.HolderId == personId)
            || db.FosterFamilies.IgnoreQueryFilters().Any(f => f.Status != FosterFamilyStatus.Withdrawn && f.Parents.Any(fp => fp.PersonId == personId))), m.CancellationToken);
    }

    private static bool SameIdentity(Person person, RegisterPersonInput input) =>
        (SearchKey.Fold(person.FirstName), SearchKey.Fold(person.LastName), person.Sex, person.BirthDate)
        == (SearchKey.Fold(input.FirstName), SearchKey.Fold(input.LastName), input.Sex, input.BirthDate);
}
