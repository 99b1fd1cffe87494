using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Idempotency;
using Hub.Domain.Structures;

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
        mutation.Mutation<PublishFreePlacesInput, StructureModulePayloadType>("publishFreePlaces",
            "Publishes the free places a module offers now, up to its free contracted places (posti liberi). Idempotent by key.",
            Permission.PublishFreePlaces, async (m, input) =>
            {
                var module = await m.Find<StructureModule>(input.ModuleId, input.ExpectedVersion);
                module.PublishFreePlaces(input.FreePlaces, m.Now);
                return module;
            });
}
