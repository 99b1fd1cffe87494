using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Registry;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Hub.Domain.Territory;

namespace Hub.Api.Organizations;

public sealed class OrganizationFilterInputType : FilterInputType<OrganizationFilterInputType, Organization>
{
    public OrganizationFilterInputType() : base("Conditions on organisations.")
    {
        Enum<EnumerationGraphType<OrganizationKind>, OrganizationKind>("kind", o => o.Kind, "What kind of body it is.");
        NameText("name", o => o.Name, "Name.");
        Text("taxCode", o => o.TaxCode, "Codice fiscale / partita IVA.");
        Text("code", o => o.Code, "Code (e.g. ministerial hospital code).");
        Comparable<DateOnlyGraphType, DateOnly?>("closedOn", o => o.ClosedOn, RegistryFields.ClosedOnCondition);
        Object<HealthAuthorityFilterInputType, HealthAuthority>("healthAuthority", (o, db) => db.HealthAuthorities.Where(a => a.Id == o.HealthAuthorityId), "Its Azienda USL.");
        Object<ZoneFilterInputType, Zone>("zone", (o, db) => db.Zones.Where(z => z.Id == o.ZoneId), "Its zone.");
        Object<MunicipalityFilterInputType, Municipality>("municipality", (o, db) => db.Municipalities.Where(m => m.Id == o.MunicipalityId), "Its comune.");
    }
}

public sealed class OrganizationSortInputType : SortInputType<OrganizationSortInputType, Organization>
{
    public OrganizationSortInputType() : base("Sort keys of organisations.")
    {
        NameText("name", o => o.Name, "By name.");
        Key("kind", o => o.Kind, "By kind.");
    }
}

public sealed class StaffMemberFilterInputType : FilterInputType<StaffMemberFilterInputType, StaffMember>
{
    public StaffMemberFilterInputType() : base("Conditions on staff.")
    {
        NameText("firstName", s => s.FirstName, "First name.");
        NameText("lastName", s => s.LastName, "Surname.");
        Enum<EnumerationGraphType<Profession>, Profession>("profession", s => s.Profession, "Profession.");
        Comparable<DecimalGraphType, decimal>("weeklyHours", s => s.WeeklyHours, "Contracted hours a week.");
        Comparable<DateOnlyGraphType, DateOnly?>("closedOn", s => s.ClosedOn, RegistryFields.ClosedOnCondition);
        Object<OrganizationFilterInputType, Organization>("organization", (s, db) => db.Organizations.Where(o => o.Id == s.OrganizationId), "The employer.");
        List<ZoneFilterInputType, Zone>("zones", (s, db) => s.Zones.AsQueryable(), "The zones served.");
    }
}

public sealed class StaffMemberSortInputType : SortInputType<StaffMemberSortInputType, StaffMember>
{
    public StaffMemberSortInputType() : base("Sort keys of staff.")
    {
        NameText("lastName", s => s.LastName, "By surname.");
        NameText("firstName", s => s.FirstName, "By first name.");
        Key("profession", s => s.Profession, "By profession.");
        Key("weeklyHours", s => s.WeeklyHours, "By weekly hours.");
        Nested<OrganizationSortInputType, Organization>("organization", s => s.Organization!, "By a field of the employer.");
    }
}
