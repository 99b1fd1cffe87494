using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.Registry.Import;

namespace Hub.Api.Registry;

/// <summary>What an import did or would do, and why a file was refused.</summary>
public sealed class ImportReportType : HubObjectGraphType<ImportReport>
{
    public ImportReportType() : base("ImportReport", "The outcome of a registry import (esito dell'importazione): its changes and the file's problems.", Sensitivity.Public)
    {
        Field(r => r.DryRun).Description("Whether this was a dry run, which writes nothing.");
        Field(r => r.Written).Description("Whether the changes were saved, all in one transaction: a clean file that is no dry run.");
        Field(r => r.Rows).Description("Data lines read (the header aside).");
        Field<NonNullGraphType<IntGraphType>>("created").Description("Records the file creates (or would).").Resolve(c => c.Source.Count(ImportAction.Created));
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Records the file changes (or would).").Resolve(c => c.Source.Count(ImportAction.Updated));
        Field<NonNullGraphType<IntGraphType>>("unchanged").Description("Records the file names as they already are.").Resolve(c => c.Source.Count(ImportAction.Unchanged));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportChangeType>>>>("changes").Description("Each record's change, by line; empty when the file has problems.")
            .Resolve(c => c.Source.Problems.Count == 0 ? c.Source.Changes : []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportProblemType>>>>("problems")
            .Description("Why lines were refused, by line; a file with any problem writes nothing.").Resolve(c => c.Source.Problems);
    }
}

public sealed class ImportChangeType : HubObjectGraphType<ImportChange>
{
    public ImportChangeType() : base("ImportChange", "What an import does to one record (variazione da importazione).", Sensitivity.Public)
    {
        Field(c => c.Line).Description("The line of the file (the header is line 1).");
        Field(c => c.Record).Description("The record: a structure's regional code, with a module's kind; a staff member's name.");
        Field(c => c.Action).Description("CREATED, UPDATED or UNCHANGED.");
        Field(c => c.Fields).Description("The fields an update changes, as the schema names them.");
    }
}

public sealed class ImportProblemType : HubObjectGraphType<ImportProblem>
{
    public ImportProblemType() : base("ImportProblem", "A line an import refuses (errore di importazione), with the column at fault.", Sensitivity.Public)
    {
        Field(p => p.Line).Description("The line of the file (the header is line 1).");
        Field(p => p.Column, nullable: true).Description("The column at fault, as the header names it; null when the fault is the whole line's.");
        Field(p => p.Message).Description("What is wrong and what the file must hold instead.");
    }
}
