using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Organizations;
using Hub.Api.Registry;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Api.Structures;

public sealed class StructureFilterInputType : FilterInputType<StructureFilterInputType, Structure>
{
    public StructureFilterInputType() : base("Conditions on structures.")
    {
        Enum<EnumerationGraphType<StructureKind>, StructureKind>("kind", s => s.Kind, "Kind of structure.");
        NameText("name", s => s.Name, "Name.");
        Text("regionalCode", s => s.RegionalCode, "Regional register code.");
        Enum<EnumerationGraphType<AccreditationStatus>, AccreditationStatus>("accreditation", s => s.Accreditation, "Accreditation status.");
        Comparable<DateOnlyGraphType, DateOnly?>("accreditedUntil", s => s.AccreditedUntil, "Accreditation expiry.");
        Comparable<DateOnlyGraphType, DateOnly?>("closedOn", s => s.ClosedOn, RegistryFields.ClosedOnCondition);
        Nested<AddressFilterInputType, Domain.Common.Address>("address", s => s.Address, "Where it is.");
        Object<OrganizationFilterInputType, Organization>("operator", (s, db) => db.Organizations.Where(o => o.Id == s.OperatorOrganizationId), "The organisation running it (ente gestore).");
        List<StructureModuleFilterInputType, StructureModule>("modules", (s, db) => db.StructureModules.Where(m => m.StructureId == s.Id), "Its modules.");
    }
}

public sealed class StructureSortInputType : SortInputType<StructureSortInputType, Structure>
{
    public StructureSortInputType() : base("Sort keys of structures.")
    {
        NameText("name", s => s.Name, "By name.");
        Key("kind", s => s.Kind, "By kind.");
        Key("regionalCode", s => s.RegionalCode, "By regional code.");
        Key("accreditation", s => s.Accreditation, "By accreditation status.");
        Nested<OrganizationSortInputType, Organization>("operator", s => s.OperatorOrganization!, "By a field of the operator.");
    }
}

public sealed class StructureModuleFilterInputType : FilterInputType<StructureModuleFilterInputType, StructureModule>
{
    public StructureModuleFilterInputType() : base("Conditions on modules of a structure.")
    {
        Enum<EnumerationGraphType<ModuleKind>, ModuleKind>("kind", m => m.Kind, "Kind of module.");
        NameText("name", m => m.Name, "Name.");
        Comparable<IntGraphType, int>("authorisedPlaces", m => m.AuthorisedPlaces, "Authorised places.");
        Comparable<IntGraphType, int>("contractedPlaces", m => m.ContractedPlaces, "Places under contract with the public system.");
        Comparable<IntGraphType, int>("occupiedPlaces", m => m.OccupiedPlaces, "Places taken.");
        Comparable<IntGraphType, int>("freePlaces", m => m.ContractedPlaces - m.OccupiedPlaces, "Contracted places not taken (posti liberi).");
        Comparable<DateOnlyGraphType, DateOnly?>("closedOn", m => m.ClosedOn, RegistryFields.ClosedOnCondition);
    }
}

public sealed class FamilyCenterFilterInputType : FilterInputType<FamilyCenterFilterInputType, FamilyCenter>
{
    public FamilyCenterFilterInputType() : base("Conditions on Centri per le famiglie.")
    {
        NameText("name", c => c.Name, "Name.");
        NameText("operatorName", c => c.OperatorName, "Who runs it.");
        Comparable<IntGraphType, int?>("minimumAge", c => c.MinimumAge, "Youngest age served.");
        Comparable<IntGraphType, int?>("maximumAge", c => c.MaximumAge, "Oldest age served.");
        Comparable<DateOnlyGraphType, DateOnly?>("closedOn", c => c.ClosedOn, RegistryFields.ClosedOnCondition);
        Nested<AddressFilterInputType, Domain.Common.Address>("address", c => c.Address, "Where it is.");
        Object<ZoneFilterInputType, Zone>("zone", (c, db) => db.Zones.Where(z => z.Id == c.ZoneId), "The zone it serves.");
    }
}

public sealed class FamilyCenterSortInputType : SortInputType<FamilyCenterSortInputType, FamilyCenter>
{
    public FamilyCenterSortInputType() : base("Sort keys of Centri per le famiglie.")
    {
        NameText("name", c => c.Name, "By name.");
        NameText("operatorName", c => c.OperatorName, "By operator.");
    }
}
