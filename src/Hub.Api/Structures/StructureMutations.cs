using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

public sealed class StructurePayloadType() : PayloadType<StructureType>("StructurePayload", "structure", "The result of a change to a structure.", Domain.Audit.Sensitivity.Public);

/// <summary>
/// The regional register of structures (issue 15): kept by the Region's registry administrators for any
/// structure and by a public body's for those it runs (<see cref="RegistryChecks"/>); contacts also by the operator.
/// </summary>
public sealed class StructureMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RegisterStructureInput, StructurePayloadType>("registerStructure",
            "Registers a structure with its kind, regional code, operator, address and contacts; it starts AUTHORISED (iscrizione).",
            Permission.ManageMasterData, RegisterAsync);
        Change<ChangeStructureInput>(mutation, "changeStructure", "Renames or relocates a structure (variazione).", Permission.ManageMasterData,
            i => new(i.StructureId, i.ExpectedVersion), async (m, s, i) =>
            {
                Caller(m).EnsureKeepsStructuresOf(s.OperatorOrganizationId, s.RegionalCode);
                s.EnsureOpen("change");
                s.Rename(i.Name);
                s.Relocate(await i.Address.ToAddressAsync(m));
            });
        Change<ChangeStructureContactsInput>(mutation, "changeStructureContacts", "Replaces a structure's public contacts: its operator's or its keeper's change.",
            Permission.DescribeStructures, i => new(i.StructureId, i.ExpectedVersion), (m, s, i) =>
            {
                Caller(m).EnsureDescribes(s);
                s.EnsureOpen("change contacts");
                s.SetContacts(i.Contacts.ToContacts());
                return Task.CompletedTask;
            });
        Change<ChangeAccreditationInput>(mutation, "changeAccreditation",
            "Records an act of the Region on the accreditation: GRANT, RENEW (with expiry), SUSPEND, REVOKE; Region's registry administrators only.",
            Permission.ManageMasterData, i => new(i.StructureId, i.ExpectedVersion), (m, s, i) =>
            {
                Caller(m).EnsureKeepsRegionalRegister("accreditation");
                s.ChangeAccreditation(i.Change, i.Act, i.On, i.Until);
                return Task.CompletedTask;
            });
        Change<MoveStructureOperatorInput>(mutation, "moveStructureOperator", "Hands a structure to another operator (subentro); Region's registry administrators only.",
            Permission.ManageMasterData, i => new(i.StructureId, i.ExpectedVersion), async (m, s, i) =>
            {
                Caller(m).EnsureKeepsRegionalRegister("who runs a structure");
                s.MoveTo(await m.FindEntity<Organization>(i.OperatorId));
            });
        Change<CloseStructureInput>(mutation, "closeStructure", "Closes a structure and its open modules (cessazione); refused while placements are active in it.",
            Permission.ManageMasterData, i => new(i.StructureId, i.ExpectedVersion), async (m, s, i) =>
            {
                Caller(m).EnsureKeepsStructuresOf(s.OperatorOrganizationId, s.RegionalCode);
                s.Close(i.On ?? m.Today, m.Today, await ActivePlacementsAsync(m, p => p.StructureId == s.Id));
            }, q => q.Include(s => s.Modules));
    }

    /// <summary>
    /// Placements requested to absent matching <paramref name="where"/>, counted over every caller's: a
    /// keeper must not close a module over a placement it cannot see. Only the count leaves, in the refusal.
    /// </summary>
    internal static Task<int> ActivePlacementsAsync(MutationContext m, Expression<Func<Placement, bool>> where) =>
        m.Db.Placements.IgnoreQueryFilters().Where(where).CountAsync(p => Placement.ActiveStatuses.Contains(p.Status), m.CancellationToken);

    internal static Caller Caller(MutationContext m) => m.Db.Scope.Caller;

    private static async Task<Entity> RegisterAsync(MutationContext m, RegisterStructureInput input)
    {
        var operatorOrganization = await m.FindEntity<Organization>(input.OperatorId);
        Caller(m).EnsureKeepsStructuresOf(operatorOrganization.Id, input.RegionalCode);
        var structure = new Structure(input.Kind, input.Name, input.RegionalCode, operatorOrganization, await input.Address.ToAddressAsync(m));
        // Checked here, over every structure (a shelter hidden from the caller too: TargetRule.Unique), for a refusal that says what to do rather than the unique index's.
        if (await m.Db.Structures.IgnoreQueryFilters().AnyAsync(s => s.RegionalCode == structure.RegionalCode, m.CancellationToken))
            throw new DomainValidationException(nameof(input.RegionalCode),
                $"Regional code {structure.RegionalCode} is registered already: find that structure with structures(where: {{ regionalCode: {{ eq: \"{structure.RegionalCode}\" }} }}).");
        structure.SetContacts(input.Contacts?.ToContacts());
        m.Db.Structures.Add(structure);
        return structure;
    }

    private static void Change<TInput>(ObjectGraphType mutation, string name, string description, Permission permission,
        Func<TInput, ChangeTarget> target, Func<MutationContext, Structure, TInput, Task> change, Func<IQueryable<Structure>, IQueryable<Structure>>? include = null)
        where TInput : notnull =>
        mutation.Change<TInput, Structure, StructurePayloadType>(name, description, permission, target, change, include);
}
