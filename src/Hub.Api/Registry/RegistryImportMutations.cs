using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Hub.Domain.Registry.Import;

namespace Hub.Api.Registry;

/// <summary>The payload of an import: its report, or why it was refused as a whole (a line naming a record the caller does not keep).</summary>
public sealed class ImportPayloadType : ObjectGraphType<Payload>
{
    public ImportPayloadType()
    {
        Name = "ImportPayload";
        Description = "The result of a registry import.";
        Field<ImportReportType>("report").Description("What the import did or would do, and the file's problems; null when it was refused as a whole.")
            .Sensitive(Sensitivity.Public).Resolve(context => context.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ErrorInterface>>>>("errors")
            .Description("Why the import was refused as a whole; empty otherwise (problems of lines are in the report).").Sensitive(Sensitivity.Public).Resolve(context => context.Source.Errors);
    }
}

/// <summary>
/// Bulk imports of registries kept elsewhere today (issue 15): a file is read whole, every problem reported by
/// line and column, and a clean one applied in one SaveChanges (one transaction) with its audit event.
/// </summary>
public sealed class RegistryImportMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Import<ImportStructuresInput>(mutation, "importStructures",
            "Loads structures and modules from a CSV in the shape of the regional RSA register; idempotent by regional code and module kind. The Region imports any; a public body the structures it runs.",
            (db, input, today, ct) => StructureImport.ApplyAsync(db, input.Csv, input.DryRun == true, today, ct));
        Import<ImportStaffInput>(mutation, "importStaff",
            "Loads territorial staff from a CSV; idempotent by employer, surname and first name. Each body imports its own staff.",
            (db, input, _, ct) => StaffImport.ApplyAsync(db, input.Csv, input.DryRun == true, ct));
    }

    private static void Import<TInput>(ObjectGraphType mutation, string name, string description, Func<HubDbContext, TInput, DateOnly, CancellationToken, Task<ImportReport>> import)
        where TInput : notnull =>
        mutation.Field<NonNullGraphType<ImportPayloadType>>(name).Description(description).Requires(Permission.ManageMasterData)
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<TInput>>>("input", $"What {name} takes ({typeof(TInput).Name}).")
            .ResolveAsync(async context => await RunAsync(context, context.GetArgument<TInput>("input"), import));

    private static async Task<Payload> RunAsync<TInput>(IResolveFieldContext context, TInput input, Func<HubDbContext, TInput, DateOnly, CancellationToken, Task<ImportReport>> import)
    {
        var services = context.RequestServices!;
        var db = services.GetRequiredService<HubDbContext>();
        var audit = services.GetRequiredService<AuditTrail>();
        var clock = services.GetRequiredService<BusinessClock>();
        var target = new AuditSubject(context.FieldDefinition.Name, null, null);
        db.ChangeTracker.Clear();
        Payload answer;
        try
        {
            var report = await import(db, input, clock.Today, context.CancellationToken);
            answer = Payload.Of(report);
            if (report.Written)
            {
                db.AuditEvents.Add(audit.Call(context, target, AuditAction.Create, AuditOutcome.Success));
                await db.SaveChangesAsync(context.CancellationToken);
                audit.Committed();
                return answer;
            }
        }
        catch (Exception e) when (e is DomainException && MutationErrors.From(e) is { } error)
        {
            answer = Payload.Failed(error);
        }
        // A dry run, a file with problems or a refusal: nothing of it is saved, only its event.
        db.ChangeTracker.Clear();
        var outcome = answer.Errors.Any(e => e is ForbiddenError) ? AuditOutcome.Denied : answer.Result is ImportReport { Problems.Count: > 0 } || answer.Errors.Count > 0 ? AuditOutcome.Failed : AuditOutcome.Success;
        db.AuditEvents.Add(audit.Call(context, target, AuditAction.Read, outcome));
        await db.SaveChangesAsync(CancellationToken.None);
        return answer;
    }
}
