using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

public sealed class FamilyCenterType : EntityGraphType<FamilyCenter, FamilyCenterFilterInputType, FamilyCenterSortInputType>
{
    public FamilyCenterType() : base("A Centro per le famiglie: information, mediation and parenting support for a zone's families.", Sensitivity.Public)
    {
        Field(f => f.Name).Description("Name of the centre.");
        Field(f => f.OperatorName).Description("Who runs it (ente gestore).");
        Reference<ZoneType>("zone", f => f.ZoneId).Description("The zone-distretto it serves.");
        Field<NonNullGraphType<AddressType>>("address").Description("Where it is (sede).").Resolve(context => context.Source.Address);
        Field<NonNullGraphType<ContactsType>>("contacts").Description("Public contacts.").Resolve(context => context.Source.Contacts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("services").Description("Services offered (servizi offerti).")
            .Resolve(context => context.Source.Services);
        Field(f => f.MinimumAge, nullable: true).Description("Youngest age served (età minima), when set.");
        Field(f => f.MaximumAge, nullable: true).Description("Oldest age served (età massima), when set.");
    }
}
