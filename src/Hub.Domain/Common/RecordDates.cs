namespace Hub.Domain.Common;

/// <summary>
/// The days a record of the social and health services can fall on: no living person was born, and no decree, report or plan was
/// dated, before 1900; none looks beyond 2199. A year 1 or 9999 is a typing slip or a probe, and some databases cannot even store it.
/// Every date a client sends is held to these (the schema's DateOnly), and so is every period built from a year it sends.
/// </summary>
public static class RecordDates
{
    /// <summary>The earliest day accepted.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The latest day accepted.</summary>
    public static readonly DateOnly Latest = new(2199, 12, 31);
}
