using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Idempotency;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;
using static Hub.Api.Structures.StructureMutations;

namespace Hub.Api.Structures;

public sealed class StructureModulePayloadType() : PayloadType<StructureModuleType>("StructureModulePayload", "module", "The result of a change to a module.", Domain.Audit.Sensitivity.Public);

[Description("A provider publishes how many free places a module offers now (pubblicazione posti liberi).")]
public sealed record PublishFreePlacesInput(
    [property: Id, Description("The module (StructureModule id).")] string ModuleId,
    [property: Description("Places offered now; at most the free contracted places (posti liberi).")] int FreePlaces,
    [property: Description("The version read; the change is refused when the module has changed since.")] long? ExpectedVersion,
    [property: Column<IdempotencyRecord>(nameof(IdempotencyRecord.Key)), Description("Any unique string: a retry with the same key returns the first result and publishes nothing again.")] string? IdempotencyKey) : IIdempotentInput;

/// <summary>What providers and the registry change on modules: free places, the operator's; places, shares and closing, the keeper's.</summary>
public sealed class StructureModuleMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Change<PublishFreePlacesInput>(mutation, "publishFreePlaces",
            "Publishes the free places a module offers now, up to its free contracted places (posti liberi). Idempotent by key.",
            Permission.PublishFreePlaces, i => new(i.ModuleId, i.ExpectedVersion), (m, module, i) =>
            {
                // Modules are master data, seen by every caller: found, then checked against the caller.
                Caller(m).EnsureOperates(module.Structure!);
                module.PublishFreePlaces(i.FreePlaces, m.Now);
                return Task.CompletedTask;
            });
        mutation.Mutation<AddModuleInput, StructureModulePayloadType>("addModule", "Adds a module with its places and daily shares to a structure one keeps.",
            Permission.ManageMasterData, AddAsync);
        Change<ChangeModulePlacesInput>(mutation, "changeModulePlaces",
            "Changes authorised and contracted places and the daily shares from a day on; contracted places never go below those occupied.",
            Permission.ManageMasterData, i => new(i.ModuleId, i.ExpectedVersion), (m, module, i) =>
            {
                EnsureKeeps(m, module);
                module.ChangePlaces(i.AuthorisedPlaces, i.ContractedPlaces, new ModuleTariff(i.DailyHealthShare, i.DailySocialShare), i.EffectiveFrom ?? m.Today);
                return Task.CompletedTask;
            });
        Change<DescribeModuleInput>(mutation, "describeModule", "Renames a module: its operator's or its keeper's change.",
            Permission.DescribeStructures, i => new(i.ModuleId, i.ExpectedVersion), (m, module, i) =>
            {
                Caller(m).EnsureDescribes(module.Structure!);
                module.Describe(i.Name);
                return Task.CompletedTask;
            });
        Change<CloseModuleInput>(mutation, "closeModule", "Closes a module (chiusura); refused while placements are active in it.",
            Permission.ManageMasterData, i => new(i.ModuleId, i.ExpectedVersion), async (m, module, i) =>
            {
                EnsureKeeps(m, module);
                module.Close(i.On ?? m.Today, m.Today, await ActivePlacementsAsync(m, p => p.ModuleId == module.Id));
            });
    }

    private static async Task<Entity> AddAsync(MutationContext m, AddModuleInput input)
    {
        var structure = await m.Find<Structure>(input.StructureId);
        Caller(m).EnsureKeepsStructuresOf(structure.OperatorOrganizationId, structure.RegionalCode);
        var module = structure.AddModule(input.Kind, input.Name, input.AuthorisedPlaces, input.ContractedPlaces, new ModuleTariff(input.DailyHealthShare, input.DailySocialShare));
        m.Db.StructureModules.Add(module);
        return module;
    }

    private static void EnsureKeeps(MutationContext m, StructureModule module) =>
        Caller(m).EnsureKeepsStructuresOf(module.Structure!.OperatorOrganizationId, module.Structure.RegionalCode);

    // Every module change reads the structure: who runs it decides who may change it.
    private static void Change<TInput>(ObjectGraphType mutation, string name, string description, Permission permission,
        Func<TInput, ChangeTarget> target, Func<MutationContext, StructureModule, TInput, Task> change) where TInput : notnull =>
        mutation.Change<TInput, StructureModule, StructureModulePayloadType>(name, description, permission, target, change, q => q.Include(x => x.Structure));
}
