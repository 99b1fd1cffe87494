using Hub.Domain.Persistence;

namespace Hub.Domain.Events;

/// <summary>
/// Which outbox events a caller may learn of (DESIGN §4, layer 2): those about a row the caller's own
/// scope reaches now. Built on the entities' row scopes (an EXISTS against each scoped set), so an event
/// about a row out of reach is never returned, not even its id, and the check runs inside the query.
/// </summary>
public static class OutboxReach
{
    public static IQueryable<OutboxEvent> VisibleTo(this IQueryable<OutboxEvent> events, HubDbContext db) => events.Where(e =>
        e.EntityType == nameof(Care.Placement) && db.Placements.Any(x => x.Id == e.EntityId)
        || e.EntityType == nameof(Care.DischargeRequest) && db.DischargeRequests.Any(x => x.Id == e.EntityId)
        || e.EntityType == nameof(Care.CareCase) && db.CareCases.Any(x => x.Id == e.EntityId)
        || e.EntityType == nameof(Care.CarePlan) && db.CarePlans.Any(x => x.Id == e.EntityId)
        || e.EntityType == nameof(People.Person) && db.Persons.Any(x => x.Id == e.EntityId)
        || e.EntityType == nameof(SocialRecord.AccessRequest) && db.AccessRequests.Any(x => x.Id == e.EntityId)
        // Modules are master data, open to every authenticated caller.
        || e.EntityType == nameof(Structures.StructureModule) && db.StructureModules.Any(x => x.Id == e.EntityId));
}
