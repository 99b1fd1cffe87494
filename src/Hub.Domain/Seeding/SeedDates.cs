namespace Hub.Domain.Seeding;

/// <summary>The earlier and later of two dates, as the demo data's writers clamp the dates they draw to today or to a record's start.</summary>
internal static class SeedDates
{
    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
