using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Registry;
using Hub.Domain.Services;

namespace Hub.Api.Services;

public sealed class ServiceFilterInputType : FilterInputType<ServiceFilterInputType, Service>
{
    public ServiceFilterInputType() : base("Conditions on the service catalogue.")
    {
        Text("code", s => s.Code, "Catalogue code.");
        NameText("name", s => s.Name, "Name.");
        Enum<EnumerationGraphType<ServiceArea>, ServiceArea>("area", s => s.Area, "Area of need.");
        Enum<EnumerationGraphType<ServiceKind>, ServiceKind>("kind", s => s.Kind, "Form of delivery.");
        Boolean("isLeps", s => s.IsLeps, "A LEPS (livello essenziale delle prestazioni sociali).");
        Enum<EnumerationGraphType<ResidencyRequirement>, ResidencyRequirement>("residency", s => s.Residency, "Residency rule.");
        Comparable<IntGraphType, int?>("maximumWaitDays", s => s.MaximumWaitDays, "Longest wait allowed, in days.");
        Text("nomenclatorCode", s => s.NomenclatorCode, "Code of the national nomenclator (SIUSS).");
        Comparable<DateOnlyGraphType, DateOnly?>("closedOn", s => s.ClosedOn, RegistryFields.ClosedOnCondition);
    }
}

public sealed class ServiceSortInputType : SortInputType<ServiceSortInputType, Service>
{
    public ServiceSortInputType() : base("Sort keys of the service catalogue.")
    {
        Key("code", s => s.Code, "By code.");
        NameText("name", s => s.Name, "By name.");
        Key("area", s => s.Area, "By area.");
        Key("kind", s => s.Kind, "By kind.");
    }
}
