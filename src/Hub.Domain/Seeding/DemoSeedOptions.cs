namespace Hub.Domain.Seeding;

/// <summary>The <c>Hub:Seed</c> configuration section.</summary>
public sealed class DemoSeedOptions
{
    public const string Section = "Hub:Seed";

    /// <summary>Fill an empty database with demo data on first start.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>How many persons the demo data holds.</summary>
    public int Persons { get; set; } = 2_000;

    /// <summary>The random seed: the same seed on an empty database gives the same data.</summary>
    public int RandomSeed { get; set; } = 20_260_101;

    /// <summary>The day the demo data is built around; dates of cases and plans lead up to it.</summary>
    public DateOnly? Today { get; set; }

    /// <summary>Persons written per database round of inserts.</summary>
    public int BatchSize { get; set; } = 5_000;
}
