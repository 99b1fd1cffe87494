using GraphQL.Types;
using Hub.Domain.Territory;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Structures;
using Hub.Domain.Structures;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

[ListArguments(typeof(OrganizationFilterType), typeof(OrganizationSortType))]
public sealed class OrganizationType : EntityGraphType<Organization>
{
    public OrganizationType() : base("Organization", "An organisation (ente): hospital, Azienda USL, Società della Salute, comune, provider or Region. Sensitivity: PUBLIC.")
    {
        Field(o => o.Kind).Description("What kind of body it is.");
        Field(o => o.Name).Description("Name of the organisation (denominazione).");
        Field(o => o.TaxCode, nullable: true).Description("Codice fiscale / partita IVA of the body.");
        Field(o => o.Code, nullable: true).Description("Regional or ministerial code (e.g. a hospital's HSP code, a comune's ISTAT code).");
        Field<HealthAuthorityType>("healthAuthority").Description("The Azienda USL it belongs to or works with.").Reads("HealthAuthorityId")
            .Resolve(context => context.LoadById<HealthAuthority>(context.Source.HealthAuthorityId));
        Field<ZoneType>("zone").Description("The zone-distretto it serves, when it serves one.").Reads("ZoneId")
            .Resolve(context => context.LoadById<Zone>(context.Source.ZoneId));
        Field<MunicipalityType>("municipality").Description("The comune it is (for comuni) or sits in.").Reads("MunicipalityId")
            .Resolve(context => context.LoadById<Municipality>(context.Source.MunicipalityId));
        this.ChildConnection<Organization, StructureType, Structure>("structures", "The structures it runs (strutture gestite), by name.",
            db => db.Structures.Select(s => new Child<Structure> { ParentId = s.OperatorOrganizationId, Row = s }),
            StructureQueries.StructureOrder);
    }
}
