namespace Hub.Domain.Seeding;

/// <summary>Draws items in proportion to a weight (comuni by population) in O(log n).</summary>
internal sealed class WeightedPicker<T>
{
    private readonly IReadOnlyList<T> items;
    private readonly long[] cumulative;

    public WeightedPicker(IReadOnlyList<T> items, Func<T, long> weight)
    {
        this.items = items;
        cumulative = new long[items.Count];
        long total = 0;
        for (var i = 0; i < items.Count; i++)
            cumulative[i] = total += Math.Max(1, weight(items[i]));
    }

    public T Pick(SeedRandom random)
    {
        var target = (long)(random.Fraction() * cumulative[^1]);
        var index = Array.BinarySearch(cumulative, target + 1);
        return items[index >= 0 ? index : ~index];
    }
}
