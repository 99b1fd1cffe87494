using Hub.Api.Access;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Services;

namespace Hub.Api.Services;

public sealed class ServiceType : EntityGraphType<Service, ServiceFilterInputType, ServiceSortInputType>
{
    public ServiceType() : base("An entry of the service catalogue (catalogo dei servizi / nomenclatore).", Sensitivity.Public)
    {
        Field(s => s.Code).Description("Catalogue code.");
        Field(s => s.Name).Description("Name of the service (prestazione).");
        Field(s => s.Area).Description("Area of need (area di intervento).");
        Field(s => s.Kind).Description("Form of delivery (tipologia).");
        Field(s => s.IsLeps).Description("Whether it is a Livello Essenziale delle Prestazioni Sociali (LEPS), owed everywhere.");
        Field(s => s.Residency).Description("Who may access it by residence (requisito di residenza).");
        Field(s => s.MaximumWaitDays, nullable: true).Description("Maximum wait from request to delivery, in days (tempo massimo di attesa).");
        Field(s => s.Cost).Description("What the user pays (compartecipazione).");
        Field(s => s.NomenclatorCode, nullable: true).Description("Code of the national nomenclator of social services used by the SIUSS flows, when known.");
    }
}
