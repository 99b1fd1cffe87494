namespace Hub.Domain.Common;

/// <summary>
/// The allowed transitions of one state machine, named by action. Entities ask it before
/// changing state so every refusal says what was attempted and from where.
/// </summary>
public sealed class TransitionTable<TState>(string entity) where TState : struct, Enum
{
    private readonly Dictionary<string, (HashSet<TState> From, TState To)> actions = [];

    public TransitionTable<TState> Allow(string action, TState to, params TState[] from)
    {
        actions[action] = ([.. from], to);
        return this;
    }

    /// <summary>The state <paramref name="action"/> leads to from <paramref name="current"/>, or a refusal.</summary>
    public TState Apply(TState current, string action)
    {
        var (from, to) = actions[action];
        if (!from.Contains(current))
            throw Refusal(current, action, to);
        return to;
    }

    /// <summary>
    /// The refusal of <paramref name="action"/> in <paramref name="current"/>, naming what the state allows instead and the states
    /// it may go to: also for an action outside the table that the state forbids (a change to a record that has left its machine).
    /// </summary>
    public InvalidTransitionException Refusal(TState current, string action, TState? to = null) =>
        new(entity, current.ToString(), action, to?.ToString(), ActionsFrom(current), NextFrom(current));

    /// <summary>The states <paramref name="current"/> may go to, each once, in the order the table declares the actions leading there.</summary>
    public IReadOnlyList<string> NextFrom(TState current) =>
        [.. actions.Values.Where(a => a.From.Contains(current)).Select(a => a.To.ToString()).Distinct()];

    /// <summary>The actions <paramref name="current"/> allows, in the order the table declares them: what a refusal suggests instead.</summary>
    public IReadOnlyList<string> ActionsFrom(TState current) => [.. actions.Where(a => a.Value.From.Contains(current)).Select(a => a.Key)];

    public bool Allows(TState current, string action) => actions[action].From.Contains(current);
}
