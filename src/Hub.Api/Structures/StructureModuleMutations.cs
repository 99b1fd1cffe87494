using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Idempotency;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

public sealed class StructureModulePayloadType() : PayloadType<StructureModuleType>("StructureModulePayload", "module", "The result of a change to a module.", Domain.Audit.Sensitivity.Public);

[Description("A provider publishes how many free places a module offers now (pubblicazione posti liberi).")]
public sealed record PublishFreePlacesInput(
    [property: Id, Description("The module (StructureModule id).")] string ModuleId,
    [property: Description("Places offered now; at most the free contracted places (posti liberi).")] int FreePlaces,
    [property: Description("The version read; the change is refused when the module has changed since.")] long? ExpectedVersion,
    [property: Column<IdempotencyRecord>(nameof(IdempotencyRecord.Key)), Description("Any unique string: a retry with the same key returns the first result and publishes nothing again.")] string? IdempotencyKey) : IIdempotentInput;

/// <summary>What providers change on their modules.</summary>
public sealed class StructureModuleMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Change<PublishFreePlacesInput, StructureModule, StructureModulePayloadType>("publishFreePlaces",
            "Publishes the free places a module offers now, up to its free contracted places (posti liberi). Idempotent by key.",
            Permission.PublishFreePlaces, i => new(i.ModuleId, i.ExpectedVersion), (m, module, i) =>
            {
                // Modules are master data, seen by every caller: found, then checked against the caller.
                m.Db.Scope.Caller.EnsureOperates(module.Structure!);
                module.PublishFreePlaces(i.FreePlaces, m.Now);
            }, q => q.Include(x => x.Structure));
}
