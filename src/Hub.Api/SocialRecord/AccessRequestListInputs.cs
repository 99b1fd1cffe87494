using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Services;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Hub.Domain.Territory;

namespace Hub.Api.SocialRecord;

public sealed class AccessRequestFilterInputType : FilterInputType<AccessRequestFilterInputType, AccessRequest>
{
    public AccessRequestFilterInputType() : base("Conditions on access requests (domande / segnalazioni).")
    {
        Enum<EnumerationGraphType<AccessRequestStatus>, AccessRequestStatus>("status", r => r.Status, "State of the request.");
        Enum<EnumerationGraphType<ServiceArea>, ServiceArea>("area", r => r.Area, "Area of need.");
        Enum<EnumerationGraphType<RequesterKind>, RequesterKind>("requesterKind", r => r.RequesterKind, "Who asked.");
        Object<OrganizationFilterInputType, Organization>("desk", (r, db) => db.Organizations.Where(o => o.Id == r.DeskOrganizationId), "The desk's organisation.");
        Object<ZoneFilterInputType, Zone>("zone", (r, db) => db.Zones.Where(z => z.Id == r.ZoneId), "The zone that answers.");
        Object<ServiceFilterInputType, Service>("service", (r, db) => db.Services.Where(s => s.Id == r.ServiceId), "The service asked for.");
        Object<PersonFilterInputType, Person>("person", (r, db) => db.Persons.Where(p => p.Id == r.PersonId), "The registered person.");
        Comparable<DateOnlyGraphType, DateOnly>("receivedOn", r => r.ReceivedOn, "Date received.");
        Comparable<DateOnlyGraphType, DateOnly?>("dueOn", r => r.DueOn, "Due date of the answer.");
        Comparable<DateOnlyGraphType, DateOnly?>("answeredOn", r => r.AnsweredOn, "Date answered.");
    }
}

public sealed class AccessRequestSortInputType : SortInputType<AccessRequestSortInputType, AccessRequest>
{
    public AccessRequestSortInputType() : base("Sort keys of access requests.")
    {
        Key("receivedOn", r => r.ReceivedOn, "By date received.");
        // Requests without a due date sort after every dated one.
        Key("dueOn", r => r.DueOn ?? DateOnly.MaxValue, "By due date; requests without one last.");
        Key("status", r => r.Status, "By state.");
        Key("updatedAt", r => r.UpdatedAt, "By last change.");
    }
}
