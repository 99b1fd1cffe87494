using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Territory;

namespace Hub.Api.Territory;

public sealed class HealthAuthorityFilterInputType : FilterInputType<HealthAuthorityFilterInputType, HealthAuthority>
{
    public HealthAuthorityFilterInputType() : base("Conditions on Aziende USL.")
    {
        Text("code", a => a.Code, "Code of the Azienda (e.g. USL-CENTRO).");
        NameText("name", a => a.Name, "Name of the Azienda.");
        List<ZoneFilterInputType, Zone>("zones", (a, db) => db.Zones.Where(z => z.HealthAuthorityId == a.Id), "Its zones.");
    }
}

public sealed class HealthAuthoritySortInputType : SortInputType<HealthAuthoritySortInputType, HealthAuthority>
{
    public HealthAuthoritySortInputType() : base("Sort keys of Aziende USL.")
    {
        Key("code", a => a.Code, "By code.");
        NameText("name", a => a.Name, "By name.");
    }
}

public sealed class ZoneFilterInputType : FilterInputType<ZoneFilterInputType, Zone>
{
    public ZoneFilterInputType() : base("Conditions on zone-distretto.")
    {
        Text("code", z => z.Code, "Zone code (e.g. CE-FIR).");
        NameText("name", z => z.Name, "Name of the zone.");
        Enum<ZoneGovernanceType, ZoneGovernance?>("governance", z => z.Governance, "Società della Salute or convenzione.");
        Comparable<DateOnlyGraphType, DateOnly>("validFrom", z => z.ValidFrom, "Day the zone took effect.");
        Object<HealthAuthorityFilterInputType, HealthAuthority>("healthAuthority", (z, db) => db.HealthAuthorities.Where(a => a.Id == z.HealthAuthorityId), "The Azienda USL it belongs to.");
        List<MunicipalityFilterInputType, Municipality>("municipalities",
            (z, db) => db.ZoneMemberships.Where(m => m.ZoneId == z.Id && m.ValidTo == null).Select(m => m.Municipality!), "Its comuni today.");
    }
}

public sealed class ZoneSortInputType : SortInputType<ZoneSortInputType, Zone>
{
    public ZoneSortInputType() : base("Sort keys of zone-distretto.")
    {
        Key("code", z => z.Code, "By code.");
        NameText("name", z => z.Name, "By name.");
        Key("validFrom", z => z.ValidFrom, "By the day it took effect.");
        Nested<HealthAuthoritySortInputType, HealthAuthority>("healthAuthority", z => z.HealthAuthority!, "By a field of its Azienda USL.");
    }
}

public sealed class MunicipalityFilterInputType : FilterInputType<MunicipalityFilterInputType, Municipality>
{
    public MunicipalityFilterInputType() : base("Conditions on comuni.")
    {
        Text("istatCode", m => m.IstatCode, "Six-digit ISTAT code.");
        Text("cadastralCode", m => m.CadastralCode, "Cadastral (Belfiore) code.");
        NameText("name", m => m.Name, "Name of the comune.");
        Text("province", m => m.Province.Abbreviation, "Province abbreviation (sigla, e.g. FI).");
        Comparable<IntGraphType, int>("population", m => m.Population, "Resident population.");
        Object<ZoneFilterInputType, Zone>("zone",
            (m, db) => db.ZoneMemberships.Where(z => z.MunicipalityId == m.Id && z.ValidTo == null).Select(z => z.Zone!), "The zone it belongs to today.");
    }
}

public sealed class MunicipalitySortInputType : SortInputType<MunicipalitySortInputType, Municipality>
{
    public MunicipalitySortInputType() : base("Sort keys of comuni.")
    {
        NameText("name", m => m.Name, "By name.");
        Key("istatCode", m => m.IstatCode, "By ISTAT code.");
        Key("province", m => m.Province.Abbreviation, "By province abbreviation.");
        Key("population", m => m.Population, "By population.");
    }
}
