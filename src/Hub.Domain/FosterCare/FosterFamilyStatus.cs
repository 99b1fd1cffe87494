using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("Where a family stands in the Centro Affidi's registry (stato nella banca dati).")]
public enum FosterFamilyStatus
{
    [Description("Registered, in training or awaiting assessment (candidata).")]
    Candidate,
    [Description("Assessed suitable: minors may be placed with it (idonea).")]
    Suitable,
    [Description("Assessed not suitable (non idonea).")]
    NotSuitable,
    [Description("Withdrawn from the registry: it stopped fostering; it takes no new affido and stays as history (cancellata).")]
    Withdrawn,
}
