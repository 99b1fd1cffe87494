namespace Hub.Domain.Seeding;

/// <summary>
/// Draws every outcome once, in order, and then by weight: even a small demo database holds
/// each state of a state machine, and a large one has realistic proportions.
/// </summary>
internal sealed class CoveringDraw<T>(SeedRandom random, IReadOnlyList<(T Item, int Weight)> table)
{
    private int drawn;

    public T Next() => drawn < table.Count ? table[drawn++].Item : random.Weighted(table);
}
