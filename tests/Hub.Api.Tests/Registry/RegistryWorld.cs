using Hub.Api.Access;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Care;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.Registry;

/// <summary>
/// The registry's real callers (issue 15), each with a token of its own organisation: the Region's registry
/// administrator, the care zone's Azienda USL's, the Region's auditor, the officers of the care world's comune
/// and of another comune; and the care world (a fresh RSA run by a provider,
/// with its operator and the zone's social worker) for the rules that depend on placements.
/// </summary>
public sealed class RegistryWorld
{
    private RegistryWorld(CareWorld care) => Care = care;

    public CareWorld Care { get; }
    public CareActor Region { get; private set; } = null!;
    public CareActor Asl { get; private set; } = null!;
    public CareActor Auditor { get; private set; } = null!;

    /// <summary>The <c>municipal-officer</c> of the comune where the care world's persons live.</summary>
    public CareActor Comune { get; private set; } = null!;

    /// <summary>The <c>municipal-officer</c> of another comune.</summary>
    public CareActor OtherComune { get; private set; } = null!;
    public string RegionId { get; private set; } = "";
    public string AslId { get; private set; } = "";
    public string ProviderId { get; private set; } = "";

    /// <summary>The care world's structure (run by <see cref="ProviderId"/>), whose one module is <see cref="CareWorld.ModuleId"/>.</summary>
    public string StructureId { get; private set; } = "";

    public static async Task<RegistryWorld> CreateAsync(HubApiHost host, int modulePlaces = 2)
    {
        var world = new RegistryWorld(await CareWorld.CreateAsync(host, modulePlaces));
        var region = await world.Care.Read(db => db.Organizations.Where(o => o.Kind == OrganizationKind.Region).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        // The Azienda USL of the care world's zone, so that the zones it serves include that one.
        var zone = CareWorld.Key(world.Care.ZoneId);
        var asl = await world.Care.Read(db => db.Organizations.Where(o => o.Kind == OrganizationKind.HealthAuthority
            && db.Zones.Any(z => z.Id == zone && z.HealthAuthorityId == o.HealthAuthorityId)).Select(o => o.Id).SingleAsync());
        var comune = CareWorld.Key(world.Care.MunicipalityId);
        var comuni = await world.Care.Read(db => db.Organizations.Where(o => o.Kind == OrganizationKind.Municipality)
            .OrderBy(o => o.MunicipalityId == comune ? 0 : 1).ThenBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync());
        var structure = await world.Care.Read(db => db.StructureModules.Where(m => m.Id == world.Care.ModuleKey)
            .Select(m => new { m.StructureId, m.Structure!.OperatorOrganizationId }).SingleAsync());
        (world.RegionId, world.AslId) = (GlobalId.Encode("Organization", region), GlobalId.Encode("Organization", asl));
        world.ProviderId = GlobalId.Encode("Organization", structure.OperatorOrganizationId);
        world.StructureId = GlobalId.Encode("Structure", structure.StructureId);
        world.Region = new CareActor(host.CreateClient(new CallerClaimSet("region-registry", region.ToString(), "REGION", ["registry-admin"])));
        world.Asl = new CareActor(host.CreateClient(new CallerClaimSet("asl-registry", asl.ToString(), "HEALTH_AUTHORITY", ["registry-admin"])));
        world.Auditor = new CareActor(host.CreateClient(new CallerClaimSet("region-auditor", region.ToString(), "REGION", ["auditor"])));
        world.Comune = new CareActor(host.CreateClient(new CallerClaimSet("comune-officer", comuni[0].ToString(), "MUNICIPALITY", ["municipal-officer"])));
        world.OtherComune = new CareActor(host.CreateClient(new CallerClaimSet("other-comune-officer", comuni[1].ToString(), "MUNICIPALITY", ["municipal-officer"])));
        return world;
    }

    /// <summary>A new structure registered by <paramref name="by"/>, run by <paramref name="operatorId"/>; its global id.</summary>
    public async Task<string> RegisterAsync(CareActor by, string operatorId, string kind = "RSA") =>
        (await by.Succeed("registerStructure", "RegisterStructureInput", StructureInput(operatorId, kind), "structure")).At("id").GetString()!;

    public object StructureInput(string operatorId, string kind = "RSA") => new
    {
        kind, name = "RSA Villa del Registro", regionalCode = $"R{Guid.NewGuid():N}"[..20], operatorId,
        address = new { municipalityId = Care.MunicipalityId, street = "Via del Registro 1", postalCode = "50100" },
        contacts = new { phone = "+39 055 000000", email = "info@villa.example.org" },
    };

    public static object Module(string structureId, int places = 20) => new
    {
        structureId, kind = "BASE", name = "Modulo base", authorisedPlaces = places, contractedPlaces = places, dailyHealthShare = 58.5m, dailySocialShare = 55m,
    };

    public static object Places(string moduleId, int authorised, int contracted, decimal health = 58.5m, decimal social = 55m) => new
    {
        moduleId, authorisedPlaces = authorised, contractedPlaces = contracted, dailyHealthShare = health, dailySocialShare = social,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd");
}
