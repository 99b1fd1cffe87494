using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.Territory;
using Hub.Domain.Organizations;
using Hub.Domain.Territory;

namespace Hub.Api.Organizations;

public sealed class OrganizationFilterType : FilterInputType<OrganizationFilterType, Organization>
{
    public OrganizationFilterType() : base("Organization", "Conditions on organisations.")
    {
        Enum<EnumerationGraphType<OrganizationKind>, OrganizationKind>("kind", o => o.Kind, "What kind of body it is.");
        Text("name", o => o.Name, "Name.");
        Text("taxCode", o => o.TaxCode, "Codice fiscale / partita IVA.");
        Text("code", o => o.Code, "Code (e.g. ministerial hospital code).");
        Object<HealthAuthorityFilterType, HealthAuthority>("healthAuthority", (o, db) => db.HealthAuthorities.Where(a => a.Id == o.HealthAuthorityId), "Its Azienda USL.");
        Object<ZoneFilterType, Zone>("zone", (o, db) => db.Zones.Where(z => z.Id == o.ZoneId), "Its zone.");
        Object<MunicipalityFilterType, Municipality>("municipality", (o, db) => db.Municipalities.Where(m => m.Id == o.MunicipalityId), "Its comune.");
    }
}

public sealed class OrganizationSortType : SortInputType<OrganizationSortType, Organization>
{
    public OrganizationSortType() : base("Organization", "Sort keys of organisations.")
    {
        Key("name", o => o.Name, "By name.");
        Key("kind", o => o.Kind, "By kind.");
    }
}

public sealed class StaffMemberFilterType : FilterInputType<StaffMemberFilterType, StaffMember>
{
    public StaffMemberFilterType() : base("StaffMember", "Conditions on staff.")
    {
        Text("firstName", s => s.FirstName, "First name.");
        Text("lastName", s => s.LastName, "Surname.");
        Enum<EnumerationGraphType<Profession>, Profession>("profession", s => s.Profession, "Profession.");
        Comparable<DecimalGraphType, decimal>("weeklyHours", s => s.WeeklyHours, "Contracted hours a week.");
        Object<OrganizationFilterType, Organization>("organization", (s, db) => db.Organizations.Where(o => o.Id == s.OrganizationId), "The employer.");
        List<ZoneFilterType, Zone>("zones", (s, db) => s.Zones.AsQueryable(), "The zones served.");
    }
}

public sealed class StaffMemberSortType : SortInputType<StaffMemberSortType, StaffMember>
{
    public StaffMemberSortType() : base("StaffMember", "Sort keys of staff.")
    {
        Key("lastName", s => s.LastName, "By surname.");
        Key("firstName", s => s.FirstName, "By first name.");
        Key("profession", s => s.Profession, "By profession.");
        Key("weeklyHours", s => s.WeeklyHours, "By weekly hours.");
        Nested<OrganizationSortType, Organization>("organization", s => s.Organization!, "By a field of the employer.");
    }
}
