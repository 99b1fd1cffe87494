namespace Hub.Domain.Care;

/// <summary>Why a UVM assessment was made.</summary>
public enum AssessmentKind
{
    /// <summary>Prima valutazione.</summary>
    First,
    /// <summary>Rivalutazione periodica.</summary>
    Periodic,
    /// <summary>Rivalutazione straordinaria, after a change in condition.</summary>
    Extraordinary,
}
