namespace Hub.Domain.Services;

/// <summary>What the user pays (compartecipazione).</summary>
public enum CostRule
{
    /// <summary>Free of charge.</summary>
    Free,
    /// <summary>Means-tested by ISEE.</summary>
    MeansTested,
}
