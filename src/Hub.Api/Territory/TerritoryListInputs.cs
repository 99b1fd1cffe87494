using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Territory;

namespace Hub.Api.Territory;

public sealed class HealthAuthorityFilterType : FilterInputType<HealthAuthorityFilterType, HealthAuthority>
{
    public HealthAuthorityFilterType() : base("HealthAuthority", "Conditions on Aziende USL.")
    {
        Text("code", a => a.Code, "Code of the Azienda (e.g. USL-CENTRO).");
        Text("name", a => a.Name, "Name of the Azienda.");
        List<ZoneFilterType, Zone>("zones", (a, db) => db.Zones.Where(z => z.HealthAuthorityId == a.Id), "Its zones.");
    }
}

public sealed class HealthAuthoritySortType : SortInputType<HealthAuthoritySortType, HealthAuthority>
{
    public HealthAuthoritySortType() : base("HealthAuthority", "Sort keys of Aziende USL.")
    {
        Key("code", a => a.Code, "By code.");
        Key("name", a => a.Name, "By name.");
    }
}

public sealed class ZoneFilterType : FilterInputType<ZoneFilterType, Zone>
{
    public ZoneFilterType() : base("Zone", "Conditions on zone-distretto.")
    {
        Text("code", z => z.Code, "Zone code (e.g. CE-FIR).");
        Text("name", z => z.Name, "Name of the zone.");
        Enum<ZoneGovernanceType, ZoneGovernance?>("governance", z => z.Governance, "Società della Salute or convenzione.");
        Comparable<DateOnlyGraphType, DateOnly>("validFrom", z => z.ValidFrom, "Day the zone took effect.");
        Object<HealthAuthorityFilterType, HealthAuthority>("healthAuthority", (z, db) => db.HealthAuthorities.Where(a => a.Id == z.HealthAuthorityId), "The Azienda USL it belongs to.");
        List<MunicipalityFilterType, Municipality>("municipalities",
            (z, db) => db.ZoneMemberships.Where(m => m.ZoneId == z.Id && m.ValidTo == null).Select(m => m.Municipality!), "Its comuni today.");
    }
}

public sealed class ZoneSortType : SortInputType<ZoneSortType, Zone>
{
    public ZoneSortType() : base("Zone", "Sort keys of zone-distretto.")
    {
        Key("code", z => z.Code, "By code.");
        Key("name", z => z.Name, "By name.");
        Key("validFrom", z => z.ValidFrom, "By the day it took effect.");
        Nested<HealthAuthoritySortType, HealthAuthority>("healthAuthority", z => z.HealthAuthority!, "By a field of its Azienda USL.");
    }
}

public sealed class MunicipalityFilterType : FilterInputType<MunicipalityFilterType, Municipality>
{
    public MunicipalityFilterType() : base("Municipality", "Conditions on comuni.")
    {
        Text("istatCode", m => m.IstatCode, "Six-digit ISTAT code.");
        Text("cadastralCode", m => m.CadastralCode, "Cadastral (Belfiore) code.");
        Text("name", m => m.Name, "Name of the comune.");
        Text("province", m => m.Province.Abbreviation, "Province abbreviation (sigla, e.g. FI).");
        Comparable<IntGraphType, int>("population", m => m.Population, "Resident population.");
        Object<ZoneFilterType, Zone>("zone",
            (m, db) => db.ZoneMemberships.Where(z => z.MunicipalityId == m.Id && z.ValidTo == null).Select(z => z.Zone!), "The zone it belongs to today.");
    }
}

public sealed class MunicipalitySortType : SortInputType<MunicipalitySortType, Municipality>
{
    public MunicipalitySortType() : base("Municipality", "Sort keys of comuni.")
    {
        Key("name", m => m.Name, "By name.");
        Key("istatCode", m => m.IstatCode, "By ISTAT code.");
        Key("province", m => m.Province.Abbreviation, "By province abbreviation.");
        Key("population", m => m.Population, "By population.");
    }
}
