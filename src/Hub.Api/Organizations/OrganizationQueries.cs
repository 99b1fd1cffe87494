using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

/// <summary>Root fields for organisations and territorial staff.</summary>
public sealed class OrganizationQueries : IQueryFields
{
    public static readonly SortOrder<Organization> OrganizationOrder = SortOrder<Organization>.ByKeys(NameOrder.Keys<Organization>("name", o => o.Name));
    public static readonly SortOrder<StaffMember> StaffOrder = SortOrder<StaffMember>.ByKeys([.. NameOrder.Keys<StaffMember>("lastName", s => s.LastName), .. NameOrder.Keys<StaffMember>("firstName", s => s.FirstName)]);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, OrganizationType, Organization>("organizations", "Organisations (enti), by name.",
            (_, db) => db.Organizations.AsNoTracking(), OrganizationOrder);
        query.Connection<object?, StaffMemberType, StaffMember>("staff", "Territorial staff (operatori), by surname and name.",
            (_, db) => db.StaffMembers.AsNoTracking(), StaffOrder);
    }
}
