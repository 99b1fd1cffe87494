using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.Structures;
using Hub.Domain.Audit;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Territory;

public sealed class ZoneType : EntityGraphType<Zone, ZoneFilterInputType, ZoneSortInputType>
{
    public ZoneType() : base("A zona-distretto: where social and health services are planned and delivered together.", Sensitivity.Public)
    {
        Field(z => z.Code).Description("Zone code (e.g. CE-FIR).");
        Field(z => z.Name).Description("Name of the zone (e.g. Firenze, Valdichiana Aretina).");
        Reference<HealthAuthorityType>("healthAuthority", z => z.HealthAuthorityId).Description("The Azienda USL the zone belongs to.");
        Field<ZoneGovernanceType>("governance").Description("Società della Salute or convenzione; null where not recorded.").Resolve(context => context.Source.Governance);
        Field(z => z.ValidFrom).Description("Day the zone took effect (in vigore dal).");
        Field(z => z.ValidTo, nullable: true).Description("Day the zone ceased; null while in force.");
        Field(z => z.Source, nullable: true).Description("The evidence for the zone and its membership.");
        Field<NonNullGraphType<IntGraphType>>("population").Description("Residents: the sum of its comuni's populations (popolazione della zona).").Reads()
            .Resolve(context => context.Load(TerritoryLoaders.PopulationByZone, context.Source.Id));
        this.ChildConnection<Zone, MunicipalityType, Municipality>("municipalities", "The comuni of the zone today, by name.",
            db => db.ZoneMemberships.Where(m => m.ValidTo == null).Select(m => new Child<Municipality> { ParentId = m.ZoneId, Row = m.Municipality! }),
            TerritoryQueries.MunicipalityOrder);
        this.ChildConnection<Zone, StructureType, Structure>("structures", "Structures in the zone's comuni, by name.",
            db => db.ZoneMemberships.Where(m => m.ValidTo == null)
                .Join(db.Structures, m => m.MunicipalityId, s => s.Address.MunicipalityId, (m, s) => new Child<Structure> { ParentId = m.ZoneId, Row = s }),
            StructureQueries.StructureOrder);
        this.ChildConnection<Zone, StaffMemberType, StaffMember>("staff", "Staff serving the zone, by surname and name.",
            db => db.StaffMembers.SelectMany(s => s.Zones, (s, z) => new Child<StaffMember> { ParentId = z.Id, Row = s }),
            OrganizationQueries.StaffOrder);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyCenterType>>>>("familyCenters").Description("The zone's Centri per le famiglie.").Reads()
            .Resolve(context => context.LoadList(TerritoryLoaders.FamilyCentersByZone, context.Source.Id));
    }
}
