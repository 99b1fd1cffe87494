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
        mutation.Mutation<AddHouseholdMemberInput, HouseholdPayloadType>("addHouseholdMember", "Adds a member (aggiunta componente).", Permission.ManageHouseholds,
            async (m, input) =>
            {
                var household = await FindAsync(m, input.HouseholdId, input.ExpectedVersion);
                household.AddMember((await m.FindEntity<Person>(input.PersonId)).Id, input.Relationship);
                return household;
            });
        mutation.Mutation<RemoveHouseholdMemberInput, HouseholdPayloadType>("removeHouseholdMember", "Removes a member (rimozione componente).", Permission.ManageHouseholds,
            async (m, input) =>
            {
                var household = await FindAsync(m, input.HouseholdId, input.ExpectedVersion);
                household.RemoveMember(MutationContext.KeyOf<Person>(input.PersonId));
                return household;
            });
        mutation.Mutation<RecordIseeInput, HouseholdPayloadType>("recordIsee", "Records the ISEE value and expiry (ISEE).", Permission.ManageHouseholds,
            async (m, input) =>
            {
                var household = await FindAsync(m, input.HouseholdId, input.ExpectedVersion);
                household.RecordIsee(input.Value, input.ExpiresOn);
                return household;
            });
    }

    private static Task<Household> FindAsync(MutationContext m, string id, long? expectedVersion) =>
        m.Find<Household>(id, expectedVersion, q => q.Include(h => h.Members));
}
