using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.People;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Api.Structures;

public sealed class FamilyCenterPayloadType() : PayloadType<FamilyCenterType>("FamilyCenterPayload", "familyCenter", "The result of a change to a Centro per le famiglie.", Domain.Audit.Sensitivity.Public);

[Description("What a Centro per le famiglie is: where, who runs it, what it offers to whom.")]
public sealed record FamilyCenterInput(
    [property: Id, Description("The zone it serves (Zone id).")] string ZoneId,
    [property: Column<FamilyCenter>(nameof(FamilyCenter.Name)), Description("Name of the centre.")] string Name,
    [property: Column<FamilyCenter>(nameof(FamilyCenter.OperatorName)), Description("Who runs it (ente gestore), e.g. a cooperative on the body's behalf.")] string OperatorName,
    [property: Description("Where it is (sede).")] AddressInput Address,
    [property: Description("Public contacts; none when omitted.")] ContactsInput? Contacts,
    [property: Description("Services offered (servizi offerti), e.g. 'mediazione familiare'.")] IReadOnlyList<string> Services,
    [property: Description("Youngest age served; none when omitted.")] int? MinimumAge,
    [property: Description("Oldest age served; none when omitted.")] int? MaximumAge);

[Description("Opens a Centro per le famiglie (apertura).")]
public sealed record OpenFamilyCenterInput(
    [property: Id, Description("The public body responsible for it (Organization id): a public body's registry administrator names its own.")] string OwnerId,
    [property: Description("The centre.")] FamilyCenterInput Center);

[Description("Changes a Centro per le famiglie.")]
public sealed record ChangeFamilyCenterInput(
    [property: Id, Description("The centre (FamilyCenter id).")] string FamilyCenterId,
    [property: Description("The centre, all of it.")] FamilyCenterInput Center,
    [property: Description("The version read; the change is refused when the centre has changed since.")] long? ExpectedVersion);

[Description("Closes a Centro per le famiglie (chiusura).")]
public sealed record CloseFamilyCenterInput(
    [property: Id, Description("The centre (FamilyCenter id).")] string FamilyCenterId,
    [property: Description("Closing day; today when omitted; not in the future.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the centre has changed since.")] long? ExpectedVersion);

/// <summary>Centri per le famiglie: the Region keeps any; a public body's registry administrators their own (<see cref="RegistryChecks.EnsureKeeps(Caller, FamilyCenter)"/>).</summary>
public sealed class FamilyCenterMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<OpenFamilyCenterInput, FamilyCenterPayloadType>("openFamilyCenter", "Opens a Centro per le famiglie of the caller's body (or any, for the Region).",
            Permission.ManageMasterData, OpenAsync);
        mutation.Change<ChangeFamilyCenterInput, FamilyCenter, FamilyCenterPayloadType>("changeFamilyCenter", "Changes a Centro per le famiglie one keeps.",
            Permission.ManageMasterData, i => new(i.FamilyCenterId, i.ExpectedVersion), async (m, c, i) =>
            {
                m.Db.Scope.Caller.EnsureKeeps(c);
                await ApplyAsync(m, c, i.Center);
            });
        mutation.Change<CloseFamilyCenterInput, FamilyCenter, FamilyCenterPayloadType>("closeFamilyCenter", "Closes a Centro per le famiglie one keeps (chiusura).",
            Permission.ManageMasterData, i => new(i.FamilyCenterId, i.ExpectedVersion), (m, c, i) =>
            {
                m.Db.Scope.Caller.EnsureKeeps(c);
                c.Close(i.On ?? m.Today, m.Today);
            });
    }

    private static async Task<Entity> OpenAsync(MutationContext m, OpenFamilyCenterInput input)
    {
        var owner = await m.FindEntity<Organization>(input.OwnerId);
        var center = new FamilyCenter((await m.FindEntity<Zone>(input.Center.ZoneId)).Id, input.Center.Name, input.Center.OperatorName, await input.Center.Address.ToAddressAsync(m));
        center.OwnedBy(owner.Id);
        m.Db.Scope.Caller.EnsureKeeps(center);
        await ApplyAsync(m, center, input.Center);
        m.Db.FamilyCenters.Add(center);
        return center;
    }

    private static async Task ApplyAsync(MutationContext m, FamilyCenter center, FamilyCenterInput input)
    {
        center.Update(input.Name, input.OperatorName, await input.Address.ToAddressAsync(m));
        center.MoveTo((await m.FindEntity<Zone>(input.ZoneId)).Id);
        center.Offer(input.Services, input.MinimumAge, input.MaximumAge);
        center.SetContacts(input.Contacts?.ToContacts());
    }
}
