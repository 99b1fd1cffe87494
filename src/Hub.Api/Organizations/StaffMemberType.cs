using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

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
        Field<NonNullGraphType<OrganizationType>>("organization").Description("The employer (ente di appartenenza).")
            .ResolveAsync(async context => await context.Db().Organizations.AsNoTracking().SingleAsync(o => o.Id == context.Source.OrganizationId, context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZoneType>>>>("zones").Description("The zones served (zone di competenza).")
            .ResolveAsync(async context => await context.Db().StaffMembers.Where(s => s.Id == context.Source.Id)
                .SelectMany(s => s.Zones).AsNoTracking().OrderBy(z => z.Code).ToListAsync(context.CancellationToken));
    }
}
