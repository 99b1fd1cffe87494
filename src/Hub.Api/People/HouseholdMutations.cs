using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.People;

public sealed class HouseholdPayloadType() : PayloadType<HouseholdType>("HouseholdPayload", "household", "The result of a change to a household.", Domain.Audit.Sensitivity.Social);

[Description("Creates a household with its head (nuovo nucleo familiare).")]
public sealed record CreateHouseholdInput(
    [property: Id, Description("The head of the household (Person id).")] string HeadPersonId);

[Description("Adds a person to a household (aggiunta componente).")]
public sealed record AddHouseholdMemberInput(
    [property: Id, Description("The household (Household id).")] string HouseholdId,
    [property: Id, Description("The person (Person id).")] string PersonId,
    [property: Description("Relationship to the head (relazione di parentela).")] Relationship Relationship,
    [property: Description("The version read; the change is refused when the household has changed since.")] long? ExpectedVersion);

[Description("Removes a person from a household (rimozione componente).")]
public sealed record RemoveHouseholdMemberInput(
    [property: Id, Description("The household (Household id).")] string HouseholdId,
    [property: Id, Description("The member (Person id).")] string PersonId,
    [property: Description("The version read; the change is refused when the household has changed since.")] long? ExpectedVersion);

[Description("Records the household's ISEE (attestazione ISEE).")]
public sealed record RecordIseeInput(
    [property: Id, Description("The household (Household id).")] string HouseholdId,
    [property: Column<Household>(nameof(Household.IseeValue)), Description("ISEE value in euro (valore ISEE).")] decimal Value,
    [property: Description("When the certificate expires (scadenza).")] DateOnly ExpiresOn,
    [property: Description("The version read; the change is refused when the household has changed since.")] long? ExpectedVersion);

/// <summary>Households (nuclei familiari), their members and ISEE.</summary>
public sealed class HouseholdMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateHouseholdInput, HouseholdPayloadType>("createHousehold", "Creates a household headed by a person (nuovo nucleo).", Permission.ManageHouseholds,
            async (m, input) =>
            {
                var head = await m.FindEntity<Person>(input.HeadPersonId);
                var household = new Household();
                household.AddMember(head.Id, Relationship.Head);
                m.Db.Households.Add(household);
                return household;
            });
        mutation.Change<AddHouseholdMemberInput, Household, HouseholdPayloadType>("addHouseholdMember", "Adds a member (aggiunta componente).", Permission.ManageHouseholds,
            i => new(i.HouseholdId, i.ExpectedVersion), async (m, household, i) => household.AddMember((await m.FindEntity<Person>(i.PersonId)).Id, i.Relationship), WithMembers);
        mutation.Change<RemoveHouseholdMemberInput, Household, HouseholdPayloadType>("removeHouseholdMember", "Removes a member (rimozione componente).", Permission.ManageHouseholds,
            i => new(i.HouseholdId, i.ExpectedVersion), (_, household, i) => household.RemoveMember(MutationContext.KeyOf<Person>(i.PersonId)), WithMembers);
        mutation.Change<RecordIseeInput, Household, HouseholdPayloadType>("recordIsee", "Records the ISEE value and expiry (ISEE).", Permission.ManageHouseholds,
            i => new(i.HouseholdId, i.ExpectedVersion), (_, household, i) => household.RecordIsee(i.Value, i.ExpiresOn), WithMembers);
    }

    private static IQueryable<Household> WithMembers(IQueryable<Household> households) => households.Include(h => h.Members);
}
