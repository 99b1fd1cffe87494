using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.Minors;

namespace Hub.Api.Minors;

/// <summary>The report that opened a child-protection case: SOCIAL like the case.</summary>
public sealed class FirstReportType : HubObjectGraphType<FirstReport>
{
    public FirstReportType() : base("FirstReport", "The report that opened a child-protection case (prima segnalazione): when, from whom, what it said.", Sensitivity.Social)
    {
        Field(r => r.ReportedOn).Description("When the report reached the services (data della segnalazione).");
        Field(r => r.Source).Description("Who reported (fonte): school, police, health service, court, family …");
        Field(r => r.ReportedBy, nullable: true).Description("Who reported, in words (segnalante).");
        Field(r => r.Summary, nullable: true).Description("What the report said, in short (contenuto).");
    }
}
