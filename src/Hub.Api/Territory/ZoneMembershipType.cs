using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Audit;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Territory;

public sealed class ZoneMembershipType : HubObjectGraphType<ZoneMembership>
{
    public ZoneMembershipType() : base("ZoneMembership", "A comune's membership of a zone over a period (appartenenza alla zona-distretto).", Sensitivity.Public)
    {
        Reference<ZoneType>("zone", m => m.ZoneId).Description("The zone.");
        Field(m => m.ValidFrom).Description("First day of the membership (valido dal).");
        Field(m => m.ValidTo, nullable: true).Description("Last day of the membership; null while in force (valido al).");
        Field(m => m.Source, nullable: true).Description("The evidence for the membership: a URL, a deliberation, or \"inferred\".");
    }
}
