using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Services;

public sealed class ServicePayloadType() : PayloadType<ServiceType>("ServicePayload", "service", "The result of a change to the service catalogue.", Domain.Audit.Sensitivity.Public);

[Description("What a service of the catalogue is and how it is accessed.")]
public sealed record ServiceDescriptionInput(
    [property: Column<Service>(nameof(Service.Name)), Description("Name of the service (prestazione).")] string Name,
    [property: Description("Area of need (area di intervento).")] ServiceArea Area,
    [property: Description("Form of delivery (tipologia).")] ServiceKind Kind,
    [property: Description("Whether it is a LEPS, owed everywhere.")] bool IsLeps,
    [property: Description("Who may access it by residence (requisito di residenza).")] ResidencyRequirement Residency,
    [property: Description("Maximum wait from request to delivery, in days (at least 1); none when omitted.")] int? MaximumWaitDays,
    [property: Description("What the user pays (compartecipazione).")] CostRule Cost,
    [property: Column<Service>(nameof(Service.NomenclatorCode)), Description("Code of the national nomenclator used by the SIUSS flows; none when omitted.")] string? NomenclatorCode)
{
    internal void ApplyTo(Service service)
    {
        service.Describe(Name, Area, Kind);
        service.SetAccessRules(IsLeps, Residency, MaximumWaitDays, Cost);
        service.SetNomenclatorCode(NomenclatorCode);
    }
}

[Description("Adds a service to the catalogue (inserimento nel catalogo).")]
public sealed record AddServiceInput(
    [property: Column<Service>(nameof(Service.Code)), Description("Catalogue code; unique.")] string Code,
    [property: Description("What it is and how it is accessed.")] ServiceDescriptionInput Service);

[Description("Changes a service of the catalogue.")]
public sealed record ChangeServiceInput(
    [property: Id, Description("The service (Service id).")] string ServiceId,
    [property: Description("What it is and how it is accessed, all of it.")] ServiceDescriptionInput Service,
    [property: Description("The version read; the change is refused when the service has changed since.")] long? ExpectedVersion);

[Description("Retires a service from the catalogue (ritiro); plans keep referring to it.")]
public sealed record RetireServiceInput(
    [property: Id, Description("The service (Service id).")] string ServiceId,
    [property: Description("Retirement day; today when omitted; not in the future.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the service has changed since.")] long? ExpectedVersion);

/// <summary>The service catalogue: kept by the Region's registry administrators (<see cref="RegistryChecks.EnsureKeepsRegionalRegister"/>).</summary>
public sealed class ServiceMutations : IMutationFields
{
    private const string Catalogue = "the service catalogue";

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<AddServiceInput, ServicePayloadType>("addService", "Adds a service to the catalogue; Region's registry administrators only.",
            Permission.ManageMasterData, AddAsync);
        mutation.Change<ChangeServiceInput, Service, ServicePayloadType>("changeService", "Changes a service of the catalogue; Region's registry administrators only.",
            Permission.ManageMasterData, i => new(i.ServiceId, i.ExpectedVersion), (m, s, i) =>
            {
                m.Db.Scope.Caller.EnsureKeepsRegionalRegister(Catalogue);
                i.Service.ApplyTo(s);
            });
        mutation.Change<RetireServiceInput, Service, ServicePayloadType>("retireService", "Retires a service from the catalogue (ritiro); Region's registry administrators only.",
            Permission.ManageMasterData, i => new(i.ServiceId, i.ExpectedVersion), (m, s, i) =>
            {
                m.Db.Scope.Caller.EnsureKeepsRegionalRegister(Catalogue);
                s.Retire(i.On ?? m.Today, m.Today);
            });
    }

    private static async Task<Entity> AddAsync(MutationContext m, AddServiceInput input)
    {
        m.Db.Scope.Caller.EnsureKeepsRegionalRegister(Catalogue);
        var service = new Service(input.Code, input.Service.Name, input.Service.Area, input.Service.Kind);
        if (await m.Db.Services.AnyAsync(s => s.Code == service.Code, m.CancellationToken))
            throw new DomainValidationException(nameof(input.Code), $"Code {service.Code} is in the catalogue already: change that service, or choose another code.");
        input.Service.ApplyTo(service);
        m.Db.Services.Add(service);
        return service;
    }
}
