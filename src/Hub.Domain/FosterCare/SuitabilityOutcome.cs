using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("The outcome of a foster family's suitability assessment (esito della valutazione di idoneità).")]
public enum SuitabilityOutcome
{
    [Description("Idonea.")]
    Suitable,
    [Description("Non idonea.")]
    NotSuitable,
}
