using System.ComponentModel;

namespace Hub.Domain.Registry.Import;

/// <summary>A cell or row an import refuses: its line in the file (the header is line 1) and its column's name.</summary>
/// <param name="Column">The header of the column at fault; null when the fault is the row's as a whole.</param>
public sealed record ImportProblem(int Line, string? Column, string Message);

/// <summary>What an import does to one record: CREATED, UPDATED (naming the fields) or UNCHANGED.</summary>
[Description("What an import does to one record (esito per riga).")]
public enum ImportAction
{
    [Description("The record is new (nuovo).")]
    Created,
    [Description("The record exists and the file changes some of its fields (variato).")]
    Updated,
    [Description("The record exists as the file describes it (invariato).")]
    Unchanged,
}

/// <summary>One line's effect: the record it names (a structure's regional code and module kind, a staff member's name) and what changes.</summary>
public sealed record ImportChange(int Line, string Record, ImportAction Action, IReadOnlyList<string> Fields);

/// <summary>
/// The outcome of an import: the changes it makes (or, for a dry run or a refused file, would make) and its
/// problems. A file with any problem writes nothing; a clean one is written in one transaction.
/// </summary>
public sealed record ImportReport(bool DryRun, int Rows, IReadOnlyList<ImportChange> Changes, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>Whether the changes were saved: a clean file that is no dry run.</summary>
    public bool Written => !DryRun && Problems.Count == 0;

    public int Count(ImportAction action) => Changes.Count(c => c.Action == action);
}
