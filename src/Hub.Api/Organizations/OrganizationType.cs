using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

public sealed class OrganizationType : EntityGraphType<Organization, OrganizationFilterInputType, OrganizationSortInputType>
{
    public OrganizationType() : base("An organisation (ente): hospital, Azienda USL, Società della Salute, comune, provider or Region.", Sensitivity.Public)
    {
        Field(o => o.Kind).Description("What kind of body it is.");
        Field(o => o.Name).Description("Name of the organisation (denominazione).");
        Field(o => o.TaxCode, nullable: true).Description("Codice fiscale / partita IVA of the body.");
        Field(o => o.Code, nullable: true).Description("Regional or ministerial code (e.g. a hospital's HSP code, a comune's ISTAT code).");
        Reference<HealthAuthorityType>("healthAuthority", o => o.HealthAuthorityId).Description("The Azienda USL it belongs to or works with.");
        Reference<ZoneType>("zone", o => o.ZoneId).Description("The zone-distretto it serves, when it serves one.");
        Reference<MunicipalityType>("municipality", o => o.MunicipalityId).Description("The comune it is (for comuni) or sits in.");
        this.ChildConnection<Organization, StructureType, Structure>("structures", "The structures it runs (strutture gestite), by name.",
            db => db.Structures.Select(s => new Child<Structure> { ParentId = s.OperatorOrganizationId, Row = s }),
            StructureQueries.StructureOrder);
    }
}
