namespace Hub.Domain.Seeding;

/// <summary>A seeded random source with the draws demo data needs; never used for anything secret.</summary>
internal sealed class SeedRandom(int seed)
{
#pragma warning disable CA5394 // Deterministic demo data, not security.
    private readonly Random random = new(seed);

    public int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => random.NextDouble() < probability;

    public double Fraction() => random.NextDouble();
#pragma warning restore CA5394

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    public DateOnly DateBetween(DateOnly from, DateOnly to) => from.AddDays(Between(0, Math.Max(0, to.DayNumber - from.DayNumber)));

    public decimal Money(int min, int max) => Between(min * 100, max * 100) / 100m;

    /// <summary>Picks an outcome by weight, e.g. states in the proportions a real caseload has.</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, int Weight)> table)
    {
        var roll = Between(1, table.Sum(t => t.Weight));
        foreach (var (item, weight) in table)
        {
            roll -= weight;
            if (roll <= 0)
                return item;
        }
        return table[^1].Item;
    }
}
