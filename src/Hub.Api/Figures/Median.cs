namespace Hub.Api.Figures;

/// <summary>The median of whole numbers (days, counts), computed in memory since it has no portable SQL.</summary>
public static class Median
{
    /// <summary>The middle value, or the mean of the two middle ones; 0 for no values.</summary>
    public static double Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return 0;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
