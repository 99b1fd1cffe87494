namespace Hub.Api.Planning;

/// <summary>
/// The planning figures one request has computed, by figure and zone: a figure asked for again
/// (under another alias) is answered from here, so a request reads each figure's tables once.
/// </summary>
internal sealed class PlanningFigureCache
{
    // Queries run their fields one after another (SerialExecutionStrategy), so no lock is needed.
    private readonly Dictionary<(string Figure, Guid? Zone), Task> figures = [];

    public Task<List<TRow>> GetAsync<TRow>(string figure, Guid? zone, Func<Task<List<TRow>>> compute)
    {
        if (!figures.TryGetValue((figure, zone), out var computed))
            figures[(figure, zone)] = computed = compute();
        return (Task<List<TRow>>)computed;
    }
}
