using System.ComponentModel;

namespace Hub.Domain.Minors;

[Description("Where a court deadline stands (stato della scadenza).")]
public enum CourtDeadlineStatus
{
    [Description("Due: the report has not been filed yet (overdue once its date has passed).")]
    Pending,
    [Description("The report has been filed with the court (relazione depositata).")]
    Filed,
}
