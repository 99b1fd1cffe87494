using Hub.Domain.Common;
using Hub.Domain.Events;

namespace Hub.Api.Events;

/// <summary>One outbox event as a caller sees it: the event, and the object it is about read under the caller's scope.</summary>
public sealed record Change(OutboxEvent Event, Entity? Node);
