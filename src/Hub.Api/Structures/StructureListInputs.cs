using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Organizations;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Api.Structures;

public sealed class StructureFilterType : FilterInputType<StructureFilterType, Structure>
{
    public StructureFilterType() : base("Structure", "Conditions on structures.")
    {
        Enum<EnumerationGraphType<StructureKind>, StructureKind>("kind", s => s.Kind, "Kind of structure.");
        Text("name", s => s.Name, "Name.");
        Text("regionalCode", s => s.RegionalCode, "Regional register code.");
        Enum<EnumerationGraphType<AccreditationStatus>, AccreditationStatus>("accreditation", s => s.Accreditation, "Accreditation status.");
        Comparable<DateOnlyGraphType, DateOnly?>("accreditedUntil", s => s.AccreditedUntil, "Accreditation expiry.");
        Nested<AddressFilterType, Domain.Common.Address>("address", s => s.Address, "Where it is.");
        Object<OrganizationFilterType, Organization>("operator", (s, db) => db.Organizations.Where(o => o.Id == s.OperatorOrganizationId), "The organisation running it (ente gestore).");
        List<StructureModuleFilterType, StructureModule>("modules", (s, db) => db.StructureModules.Where(m => m.StructureId == s.Id), "Its modules.");
    }
}

public sealed class StructureSortType : SortInputType<StructureSortType, Structure>
{
    public StructureSortType() : base("Structure", "Sort keys of structures.")
    {
        Key("name", s => s.Name, "By name.");
        Key("kind", s => s.Kind, "By kind.");
        Key("regionalCode", s => s.RegionalCode, "By regional code.");
        Key("accreditation", s => s.Accreditation, "By accreditation status.");
        Nested<OrganizationSortType, Organization>("operator", s => s.OperatorOrganization!, "By a field of the operator.");
    }
}

public sealed class StructureModuleFilterType : FilterInputType<StructureModuleFilterType, StructureModule>
{
    public StructureModuleFilterType() : base("StructureModule", "Conditions on modules of a structure.")
    {
        Enum<EnumerationGraphType<ModuleKind>, ModuleKind>("kind", m => m.Kind, "Kind of module.");
        Text("name", m => m.Name, "Name.");
        Comparable<IntGraphType, int>("authorisedPlaces", m => m.AuthorisedPlaces, "Authorised places.");
        Comparable<IntGraphType, int>("contractedPlaces", m => m.ContractedPlaces, "Places under contract with the public system.");
        Comparable<IntGraphType, int>("occupiedPlaces", m => m.OccupiedPlaces, "Places taken.");
        Comparable<IntGraphType, int>("freePlaces", m => m.ContractedPlaces - m.OccupiedPlaces, "Contracted places not taken (posti liberi).");
    }
}

public sealed class FamilyCenterFilterType : FilterInputType<FamilyCenterFilterType, FamilyCenter>
{
    public FamilyCenterFilterType() : base("FamilyCenter", "Conditions on Centri per le famiglie.")
    {
        Text("name", c => c.Name, "Name.");
        Text("operatorName", c => c.OperatorName, "Who runs it.");
        Comparable<IntGraphType, int?>("minimumAge", c => c.MinimumAge, "Youngest age served.");
        Comparable<IntGraphType, int?>("maximumAge", c => c.MaximumAge, "Oldest age served.");
        Nested<AddressFilterType, Domain.Common.Address>("address", c => c.Address, "Where it is.");
        Object<ZoneFilterType, Zone>("zone", (c, db) => db.Zones.Where(z => z.Id == c.ZoneId), "The zone it serves.");
    }
}

public sealed class FamilyCenterSortType : SortInputType<FamilyCenterSortType, FamilyCenter>
{
    public FamilyCenterSortType() : base("FamilyCenter", "Sort keys of Centri per le famiglie.")
    {
        Key("name", c => c.Name, "By name.");
        Key("operatorName", c => c.OperatorName, "By operator.");
    }
}
