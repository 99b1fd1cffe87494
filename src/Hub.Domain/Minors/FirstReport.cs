using Hub.Domain.Care;
using Hub.Domain.Common;

namespace Hub.Domain.Minors;

/// <summary>
/// The report (segnalazione) that opened a child-protection case: when, from whom and what it said.
/// One per case, kept beside the case rather than on it so the generic <see cref="CareCase"/> carries
/// nothing of one area.
/// </summary>
public sealed class FirstReport : AuditableEntity
{
    private FirstReport() { }

    /// <summary>The report of <paramref name="careCase"/>, received on <paramref name="reportedOn"/>, not after the case's opening.</summary>
    public FirstReport(CareCase careCase, DateOnly reportedOn, ReportSource source, string? reportedBy, string? summary)
    {
        Guard.NotFuture(reportedOn, careCase.OpenedOn, nameof(ReportedOn));
        (CareCaseId, PersonId, ReportedOn, Source) = (careCase.Id, careCase.PersonId, reportedOn, source);
        ReportedBy = Guard.Optional(reportedBy, nameof(ReportedBy));
        Summary = Guard.Optional(summary, nameof(Summary), 4000);
    }

    public Guid CareCaseId { get; private set; }

    /// <summary>The minor reported (for the audit trail).</summary>
    public Guid PersonId { get; private set; }

    public DateOnly ReportedOn { get; private set; }
    public ReportSource Source { get; private set; }

    /// <summary>Who reported, in words (la maestra, il pediatra, la stazione dei Carabinieri di …).</summary>
    public string? ReportedBy { get; private set; }

    /// <summary>What the report said, in short.</summary>
    public string? Summary { get; private set; }
}
