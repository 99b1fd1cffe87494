namespace Hub.Domain.Tests.Common;

/// <summary>
/// Reads an expected-outcome grid written out in a test: one row per action, one cell per state
/// (in the order of the test's column list), holding the state the action leads to or null when refused.
/// </summary>
internal static class TransitionGrid
{
    public static TheoryData<TState, TAction, TState> Allowed<TState, TAction>(
        TState[] columns, IReadOnlyDictionary<TAction, TState?[]> grid)
        where TState : struct, Enum where TAction : struct, Enum
    {
        var data = new TheoryData<TState, TAction, TState>();
        foreach (var (from, action, to) in Cells(columns, grid))
            if (to is { } target)
                data.Add(from, action, target);
        return data;
    }

    public static TheoryData<TState, TAction> Refused<TState, TAction>(
        TState[] columns, IReadOnlyDictionary<TAction, TState?[]> grid)
        where TState : struct, Enum where TAction : struct, Enum
    {
        var data = new TheoryData<TState, TAction>();
        foreach (var (from, action, to) in Cells(columns, grid))
            if (to is null)
                data.Add(from, action);
        return data;
    }

    /// <summary>Fails unless the grid has a row for every action and a cell for every state.</summary>
    public static void AssertComplete<TState, TAction>(TState[] columns, IReadOnlyDictionary<TAction, TState?[]> grid)
        where TState : struct, Enum where TAction : struct, Enum
    {
        Assert.Equal(Enum.GetValues<TState>().Order(), columns.Order());
        Assert.Equal(Enum.GetValues<TAction>().Order(), grid.Keys.Order());
        Assert.All(grid.Values, row => Assert.Equal(columns.Length, row.Length));
    }

    private static IEnumerable<(TState From, TAction Action, TState? To)> Cells<TState, TAction>(
        TState[] columns, IReadOnlyDictionary<TAction, TState?[]> grid)
        where TState : struct, Enum where TAction : struct, Enum =>
        grid.SelectMany(row => columns.Select((from, i) => (from, row.Key, row.Value[i])));
}
