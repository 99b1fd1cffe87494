using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Events;

/// <summary>
/// The root subscription type (DESIGN §6), served over WebSocket with graphql-transport-ws. Each field
/// follows one kind of change, optionally narrowed by its argument; each event is delivered in an
/// execution of its own, under the subscriber's scope as of that moment: the object is read through
/// the row scopes (an event about a row the subscriber cannot see is skipped, id and all), its fields
/// by the subscriber's clearances, and the read is audited.
/// </summary>
public sealed class HubSubscription : ObjectGraphType
{
    public HubSubscription()
    {
        this.Sensitive(Sensitivity.Public);
        Name = "Subscription";
        Description = "Changes as they commit, over WebSocket at /graphql (graphql-transport-ws; the bearer token goes in connection_init's payload as {\"Authorization\": \"Bearer …\"}). "
            + "Pass `after:` the last position you processed to first receive every change since, then live ones, in order and without repeats.";
        Follow("placementChanged", "A placement (inserimento) was requested or changed state.", "structure", "Structure", "Only placements in this structure (its global id).",
            [ChangeType.PlacementStatusChanged], (db, id, structure) => db.Placements.Where(p => p.Id == id && (structure == null || p.StructureId == structure)));
        Follow("dischargeRequestChanged", "A discharge request (segnalazione di dimissione protetta) was filed or changed state.", "hospital", "Organization", "Only requests of this hospital (its organisation's global id).",
            [ChangeType.DischargeRequestStatusChanged], (db, id, hospital) => db.DischargeRequests.Where(d => d.Id == id && (hospital == null || d.HospitalOrganizationId == hospital)));
        Follow("freePlacesChanged", "A module's free places changed (published, contracted, taken or freed).", "zone", "Zone", "Only modules of structures in this zone (zona-distretto, its global id).",
            [ChangeType.FreePlacesChanged], (db, id, zone) => db.StructureModules.Where(m => m.Id == id && (zone == null || db.Structures.Any(s => s.Id == m.StructureId
                && db.ZoneMemberships.Any(z => z.MunicipalityId == s.Address.MunicipalityId && z.ValidTo == null && z.ZoneId == zone)))));
        Follow("carePlanChanged", "A care plan (PAP) was activated, suspended, superseded or ended.", "fiscalCode", null, "Only the plans of the person with this codice fiscale (or STP/ENI code).",
            [ChangeType.CarePlanActivated, ChangeType.CarePlanSuspended, ChangeType.CarePlanSuperseded, ChangeType.CarePlanEnded],
            (db, id, person) => db.CarePlans.Where(p => p.Id == id && (person == null || p.PersonId == person)));
        Follow("caseChanged", "A case (presa in carico) was opened, assigned a case manager, or closed.", "zone", "Zone", "Only cases of this zone (zona-distretto, its global id).",
            [ChangeType.CaseOpened, ChangeType.CaseAssigned, ChangeType.CaseClosed], (db, id, zone) => db.CareCases.Where(c => c.Id == id && (zone == null || c.ZoneId == zone)));
    }

    /// <summary>
    /// A field following <paramref name="types"/>; <paramref name="subject"/> finds the changed object by key
    /// and narrowing key (null: not narrowed) in the scoped context. A narrowing argument is a global id of
    /// <paramref name="narrowingType"/>, or a codice fiscale when that is null.
    /// </summary>
    private void Follow(string name, string description, string narrowing, string? narrowingType, string narrowingDescription, ChangeType[] types,
        Func<HubDbContext, Guid, Guid?, IQueryable<Entity>> subject)
    {
        var followed = types.ToHashSet();
        Field<NonNullGraphType<ChangeGraphType>>(name).Description(description)
            .Argument(narrowingType is null ? typeof(StringGraphType) : typeof(IdGraphType), narrowing, argument => argument.Description = narrowingDescription)
            .Argument<StringGraphType>("after", "The position of the last change you processed: every change after it comes first, from the outbox.")
            .ResolveStreamAsync(async context =>
            {
                var after = context.GetArgument<string?>("after") is { } position ? ChangePosition.Decode(position) : (long?)null;
                var db = context.RequestServices!.GetRequiredService<HubDbContext>();
                var narrowed = await NarrowingAsync(context, db, narrowing, narrowingType);
                var delivery = context.RequestServices!.GetRequiredService<EventDelivery>();
                if (delivery.Event is not { } e)
                {
                    delivery.Start(after, followed);
                    return SingleEvent.None;
                }
                var entity = followed.Contains(e.Type) ? await subject(db, e.EntityId, narrowed).AsNoTracking().FirstOrDefaultAsync(context.CancellationToken) : null;
                return entity is null ? SingleEvent.None : SingleEvent.Of(new Change(e, entity));
            });
    }

    /// <summary>
    /// The key the argument names: a global id's, or the person's with the codice fiscale given, looked up
    /// under the caller's scope (naming the person is what lets a hospital reach them, DESIGN §4; a
    /// person out of reach matches nothing).
    /// </summary>
    private static async Task<Guid?> NarrowingAsync(IResolveFieldContext context, HubDbContext db, string narrowing, string? narrowingType)
    {
        if (context.GetArgument<string?>(narrowing) is not { } value)
            return null;
        if (narrowingType is not null)
            return GlobalId.Decode(value, narrowingType);
        var identifier = Identifier(value);
        db.Scope.NamePerson(identifier);
        return await db.Persons.Where(p => p.Identifier == identifier).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(context.CancellationToken) ?? Guid.Empty;
    }

    private static string Identifier(string value)
    {
        try
        {
            return PersonIdentifier.Parse(value).Value;
        }
        catch (DomainException e)
        {
            throw HubErrors.BadInput(e.Message);
        }
    }
}
