using Hub.Api.GraphQL.Paging;
using GraphQL.Types;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

[ListArguments(typeof(StaffMemberFilterType), typeof(StaffMemberSortType))]
public sealed class StaffMemberType : EntityGraphType<StaffMember>
{
    public StaffMemberType() : base("StaffMember", "Territorial staff (operatore): social worker, nurse, educator … Sensitivity: PUBLIC (work contacts).")
    {
        Field(s => s.FirstName).Description("First name (nome).");
        Field(s => s.LastName).Description("Surname (cognome).");
        Field(s => s.Profession).Description("Profession (profilo professionale).");
        Field(s => s.WeeklyHours).Description("Contracted weekly hours (ore settimanali).");
        Field(s => s.FullTimeEquivalent).Description("Full-time equivalent (FTE) on a 36-hour week, as counted for the LEPS ratio.");
        Field<NonNullGraphType<ContactsType>>("contacts").Description("Work contacts.").Resolve(context => context.Source.Contacts);
        Field<NonNullGraphType<OrganizationType>>("organization").Description("The employer (ente di appartenenza).").Reads("OrganizationId")
            .Resolve(context => context.LoadById<Organization>(context.Source.OrganizationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZoneType>>>>("zones").Description("The zones served (zone di competenza).").Reads()
            .Resolve(context => context.LoadPerParent("zones by staff member", context.Source.Id, async (db, keys, ct) =>
                (await db.StaffMembers.Where(s => keys.Contains(s.Id)).SelectMany(s => s.Zones.Select(z => new { StaffId = s.Id, Zone = z }))
                    .AsNoTracking().ToListAsync(ct))
                .GroupBy(x => x.StaffId).ToDictionary(g => g.Key, g => g.Select(x => x.Zone).OrderBy(z => z.Code, StringComparer.Ordinal).ToList())).Then(z => z ?? []));
    }
}
