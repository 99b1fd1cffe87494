namespace Hub.Api.Figures;

/// <summary>
/// Small-cell suppression of the figures derived from persons: a cell about fewer than
/// <see cref="MinimumPersons"/> persons could point at them (a single case in a small comune's
/// zone, a lone wait), so its values are published as null with <c>suppressed: true</c>.
/// </summary>
/// <remarks>
/// The threshold of 5 is the hub's choice (DESIGN §4), not a number any law sets. The rule it follows is the one
/// of the Sistan's deontological rules for statistics (Regole deontologiche per trattamenti a fini statistici nell'ambito
/// del Sistema statistico nazionale, all. A.4 to d.lgs. 196/2003, art. 4 c.1 a–b, as in the 2003 code, all. A.3, art. 4):
/// data count as aggregate when each cell has a frequency not below a set threshold, whose lowest allowed value is three,
/// chosen with regard to how confidential the information is. Social and health data about a zone's families are, so the
/// hub sets it above that minimum.
/// </remarks>
public static class SmallCells
{
    /// <summary>The fewest distinct persons a published cell counts.</summary>
    public const int MinimumPersons = 5;

    /// <summary><paramref name="value"/> when the cell counts enough distinct persons, else null.</summary>
    public static T? Shown<T>(int persons, T value) where T : struct => persons < MinimumPersons ? null : value;
}
