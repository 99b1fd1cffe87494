using Microsoft.Extensions.Caching.Memory;

namespace Hub.Api.Extensions;

/// <summary>
/// The memory cache EF Core keeps its models and compiled queries in, one per hub. EF Core's own holds
/// 10,240 size units (a query 10, a model 100) and, full, drops new entries: with one model per caller
/// kind (issue 18) the hub's query shapes outgrow it, and a dropped query is compiled again on every
/// request. This one holds <see cref="SizeUnits"/> and compacts the least used first.
/// </summary>
internal sealed class EntityFrameworkCache : IDisposable
{
    /// <summary>About 20,000 compiled queries: every caller kind times every query shape of the schema, with room.</summary>
    public const long SizeUnits = 200_000;

    public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = SizeUnits });

    public void Dispose() => Cache.Dispose();
}
