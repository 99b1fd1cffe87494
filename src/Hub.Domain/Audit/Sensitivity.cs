namespace Hub.Domain.Audit;

/// <summary>How sensitive a field is; roles hold clearances for these levels.</summary>
[Flags]
public enum Sensitivity
{
    /// <summary>Master data anyone authenticated may read.</summary>
    Public = 0,
    /// <summary>Identity and contacts.</summary>
    Personal = 1,
    /// <summary>Household, ISEE, case notes.</summary>
    Social = 2,
    /// <summary>Assessments, needs, clinical detail.</summary>
    Health = 4,
    /// <summary>Court measures (minors).</summary>
    Judicial = 8,
}
