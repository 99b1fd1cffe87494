using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hub.Api.Telemetry;

/// <summary>
/// The hub's own traces and metrics, under one name (<see cref="Name"/>) for both. Nothing listens unless
/// OpenTelemetry is switched on (<see cref="TelemetryExtensions"/>): an <see cref="ActivitySource"/> without
/// listeners starts no span, and an instrument without listeners records nothing.
/// </summary>
internal static class HubTelemetry
{
    /// <summary>The name of the hub's <see cref="ActivitySource"/> and <see cref="Meter"/>.</summary>
    public const string Name = "Hub";

    /// <summary>A span per GraphQL request over HTTP (<see cref="OperationTelemetry"/>).</summary>
    public static readonly ActivitySource Operations = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>
    /// Seconds from admission to the audit written, per operation: tagged <c>graphql.operation.type</c> and
    /// <c>graphql.operation.name</c> (the OpenTelemetry semantic conventions' GraphQL attributes).
    /// </summary>
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "hub.graphql.request.duration", "s", "Duration of a GraphQL request, from admission to its audit written.");

    /// <summary>SQL statements one GraphQL request sent, its audit included (<see cref="StatementTally"/>).</summary>
    public static readonly Histogram<int> StatementsPerRequest = Meter.CreateHistogram<int>(
        "hub.db.statements", "{statement}", "SQL statements sent by one GraphQL request, its audit included.");

    /// <summary>Audit events (reads and refusals) one GraphQL request wrote at its end.</summary>
    public static readonly Histogram<int> AuditEventsPerRequest = Meter.CreateHistogram<int>(
        "hub.audit.events", "{event}", "Audit events of reads and refusals written at the end of one GraphQL request.");

    /// <summary>Requests refused with 429 by the per-caller and per-organisation rate limits.</summary>
    public static readonly Counter<long> RateLimitRefusals = Meter.CreateCounter<long>(
        "hub.rate_limit.refusals", "{request}", "Requests refused by the rate limits (429).");

    /// <summary>Requests refused with 503 by the bound on the hub's concurrent work (Hub:WorkLimit).</summary>
    public static readonly Counter<long> OverloadRefusals = Meter.CreateCounter<long>(
        "hub.work_limit.refusals", "{request}", "Requests refused for overload (503): the queue for the hub's concurrent work was full or too slow.");

    /// <summary>Whether anyone listens to a span or a request measurement: when not, a request records nothing.</summary>
    public static bool IsObserved => Operations.HasListeners() || RequestDuration.Enabled || StatementsPerRequest.Enabled;
}
