using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Territory;

public abstract class TerritoryQueryTests(HubApiHost factory) : HubApiTest(factory)
{
    [Fact]
    public async Task Zone_population_is_the_sum_of_its_comuni()
    {
        var data = await Host.CreateClient().DataAsync(
            "{ zones(first: 28) { nodes { code population municipalities(first: 100) { nodes { population } } } } }");

        foreach (var zone in data.At("zones", "nodes").EnumerateArray())
            Assert.Equal(zone.At("municipalities", "nodes").EnumerateArray().Sum(m => m.At("population").GetInt32()), zone.At("population").GetInt32());
    }

    [Fact]
    public async Task Comune_knows_its_zone_authority_and_province()
    {
        var data = await Host.CreateClient().DataAsync(
            "{ municipality(istatCode: \"048017\") { name cadastralCode province { abbreviation } zone { code healthAuthority { code } } zoneHistory { validFrom validTo } } }");

        var firenze = data.At("municipality");
        Assert.Equal("Firenze", firenze.At("name").GetString());
        Assert.Equal("D612", firenze.At("cadastralCode").GetString());
        Assert.Equal("FI", firenze.At("province", "abbreviation").GetString());
        Assert.Equal("CE-FIR", firenze.At("zone", "code").GetString());
        Assert.Equal("CE", firenze.At("zone", "healthAuthority", "code").GetString());
        Assert.Equal("2022-02-01", firenze.At("zoneHistory")[0].At("validFrom").GetString());
    }

    [Fact]
    public async Task Zone_leads_to_its_structures_staff_and_family_centres()
    {
        var data = await Host.CreateClient().DataAsync(
            "{ zones(first: 28) { nodes { code structures(first: 5) { totalCount nodes { kind freePlaces modules { contractedPlaces occupiedPlaces freePlaces placementsCount } } } staff(first: 1) { totalCount } familyCenters { name } } } }");

        var zones = data.At("zones", "nodes").EnumerateArray().ToList();
        Assert.All(zones, z => Assert.True(z.At("staff", "totalCount").GetInt32() > 0));
        Assert.All(zones, z => Assert.True(z.At("structures", "totalCount").GetInt32() > 0));
        Assert.Equal(11, zones.Sum(z => z.At("familyCenters").GetArrayLength()));
        var modules = zones.SelectMany(z => z.At("structures", "nodes").EnumerateArray()).SelectMany(s => s.At("modules").EnumerateArray());
        Assert.All(modules, m => Assert.Equal(m.At("contractedPlaces").GetInt32() - m.At("occupiedPlaces").GetInt32(), m.At("freePlaces").GetInt32()));
        Assert.All(modules, m => Assert.Equal(m.At("occupiedPlaces").GetInt32(), m.At("placementsCount").GetInt32()));
    }
}

[Collection(HubApiCollection.Name)]
public sealed class SqliteTerritoryQueryTests(HubApiFactory factory) : TerritoryQueryTests(factory);

[Collection(PostgresHubApiCollection.Name)]
public sealed class PostgresTerritoryQueryTests(PostgresHubApiFactory factory) : TerritoryQueryTests(factory);
