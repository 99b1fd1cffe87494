using Hub.Domain.Common;

namespace Hub.Domain.Territory;

/// <summary>The territory files are inconsistent; every problem found is listed, nothing is written.</summary>
public sealed class TerritoryImportException(IReadOnlyList<string> problems)
    : DomainException($"Territory import refused: {string.Join(" ", problems.Take(20))}{(problems.Count > 20 ? $" … and {problems.Count - 20} more." : "")}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
