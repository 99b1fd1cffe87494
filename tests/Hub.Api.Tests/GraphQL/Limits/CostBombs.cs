using System.Text;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>The documents of issue 11 that exhausted the hub, built as the attacker built them.</summary>
internal static class CostBombs
{
    /// <summary>29 fragments, each spreading the next twice: about 1 KB that expands to 2^28 selections.</summary>
    public static string FragmentFanOut(int fragments = 29)
    {
        var document = new StringBuilder("query { ...F0 }");
        for (var i = 0; i < fragments - 1; i++)
            document.Append($" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        return document.Append($" fragment F{fragments - 1} on Query {{ zones(first: 1) {{ nodes {{ code }} }} }}").ToString();
    }

    /// <summary>One planning figure under many aliases.</summary>
    public static string AliasedPlanningFigure(int aliases) =>
        "{ " + string.Concat(Enumerable.Range(0, aliases).Select(i => $"a{i}: zoneOccupancy {{ contractedPlaces }} ")) + "}";

    /// <summary>A filter of <paramref name="items"/> alternatives (3,000 of them are about 95 KB).</summary>
    public static string OrFilter(int items) =>
        "{persons(first:10,where:{or:[" + string.Join(",", Enumerable.Range(0, items).Select(i => $"{{lastName:{{eq:\"{i}\"}}}}")) + "]}){nodes{lastName}}}";

    /// <summary>A value nested <paramref name="depth"/> times in <c>not:</c>.</summary>
    public static string NestedNot(int depth) =>
        "{ persons(first: 1, where: " + string.Concat(Enumerable.Repeat("{ not: ", depth)) + "{ lastName: { eq: \"x\" } }" + new string('}', depth) + ") { nodes { lastName } } }";

    /// <summary>Selections nested <paramref name="depth"/> levels (persons, household, members, person, …).</summary>
    public static string DeepSelections(int depth)
    {
        var levels = new[] { "household", "members", "person" };
        var path = Enumerable.Range(0, depth - 2).Select(i => levels[i % 3]).ToList();
        return "{ persons(first: 1) { nodes { " + string.Concat(path.Select(level => level + " { ")) + "__typename" + new string('}', path.Count) + " } } }";
    }

    /// <summary>An argument of <paramref name="depth"/> nested list brackets.</summary>
    public static string NestedLists(int depth) =>
        "{ nodes(ids: " + new string('[', depth) + "\"x\"" + new string(']', depth) + ") { id } }";
}
