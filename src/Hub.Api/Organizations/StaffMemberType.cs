using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

public sealed class StaffMemberType : EntityGraphType<StaffMember, StaffMemberFilterInputType, StaffMemberSortInputType>
{
    public StaffMemberType() : base("Territorial staff (operatore): social worker, nurse, educator …", Sensitivity.Public)
    {
        Field(s => s.FirstName).Description("First name (nome).");
        Field(s => s.LastName).Description("Surname (cognome).");
        Field(s => s.Profession).Description("Profession (profilo professionale).");
        Field(s => s.WeeklyHours).Description("Contracted weekly hours (ore settimanali).");
        Field(s => s.FullTimeEquivalent).Description("Full-time equivalent (FTE) on a 36-hour week, as counted for the LEPS ratio.");
        Field<NonNullGraphType<ContactsType>>("contacts").Description("Work contacts.").Resolve(context => context.Source.Contacts);
        Reference<OrganizationType>("organization", s => s.OrganizationId).Description("The employer (ente di appartenenza).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZoneType>>>>("zones").Description("The zones served (zone di competenza).").Reads()
            .Resolve(context => context.LoadList(OrganizationLoaders.ZonesByStaffMember, context.Source.Id));
    }
}
