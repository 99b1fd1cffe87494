using System.Diagnostics;
using GraphQL;

namespace Hub.Api.Telemetry;

/// <summary>
/// One GraphQL request's span and measurements (<see cref="HubTelemetry"/>). The span is named as the
/// OpenTelemetry semantic conventions for GraphQL say, <c>{graphql.operation.type} {graphql.operation.name}</c>,
/// and never carries the document, its variables or an error's message: each may hold personal data (an
/// error is described by its code).
/// </summary>
internal sealed class OperationTelemetry
{
    private readonly Activity? span = HubTelemetry.Operations.StartActivity("graphql", ActivityKind.Internal);
    private readonly StatementTally.Counter statements = StatementTally.Begin();
    private readonly long started = Stopwatch.GetTimestamp();

    /// <summary>Begins recording the calling request, or null when nobody listens.</summary>
    public static OperationTelemetry? Start() => HubTelemetry.IsObserved ? new OperationTelemetry() : null;

    /// <summary>Ends the span and records the request's duration, statements and audit events.</summary>
    /// <param name="result">The execution's result; null when the database could not be reached.</param>
    /// <param name="auditEvents">Audit events written at the end of the request.</param>
    public void Stop(ExecutionResult? result, int auditEvents)
    {
        var type = result?.Operation?.Operation.ToString().ToLowerInvariant();
        var name = result?.Operation?.Name?.StringValue;
        var tags = new TagList { { "graphql.operation.type", type }, { "graphql.operation.name", name } };
        HubTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        HubTelemetry.StatementsPerRequest.Record(statements.Statements, tags);
        HubTelemetry.AuditEventsPerRequest.Record(auditEvents, tags);
        if (span is null)
            return;
        span.DisplayName = type is null ? "graphql" : name is null ? type : $"{type} {name}";
        span.SetTag("graphql.operation.type", type);
        span.SetTag("graphql.operation.name", name);
        span.SetTag("hub.db.statements", statements.Statements);
        span.SetTag("hub.audit.events", auditEvents);
        if (result is null || result.Errors is { Count: > 0 })
            span.SetStatus(ActivityStatusCode.Error, result is null ? "DATABASE_UNAVAILABLE" : result.Errors![0].Code);
        span.Dispose();
    }
}
