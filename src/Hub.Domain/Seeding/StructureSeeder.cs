using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Seeding;

/// <summary>
/// RSA, day centres, RSD, intermediate-care units and a Punto Insieme per zone, spread over
/// the zones by population, with modules, places and regional tariffs of realistic size.
/// </summary>
internal sealed class StructureSeeder(HubDbContext db, SeedRandom random)
{
    private const int RsaCount = 300;
    private const int DayCenterCount = 150;
    private const int RsdCount = 30;
    private const int IntermediateCareCount = 25;

    private IReadOnlyList<string> streets = [];
    private int sequence;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Structures.AnyAsync(ct))
            return;
        streets = SeedResources.Lines("streets.txt");
        var zones = await SeedWorld.ZonesWithComuniAsync(db, ct);
        var providers = await db.Organizations.Where(o => o.Kind == OrganizationKind.Provider).OrderBy(o => o.Code).ToListAsync(ct);
        var societies = await db.Organizations.Where(o => o.Kind == OrganizationKind.HealthSociety).ToDictionaryAsync(o => o.ZoneId!.Value, ct);
        var comuni = new WeightedPicker<Municipality>(zones.SelectMany(SeedWorld.CurrentComuni).ToList(), m => m.Population);
        for (var i = 0; i < RsaCount; i++) AddRsa(comuni.Pick(random), random.Pick(providers));
        for (var i = 0; i < DayCenterCount; i++) AddDayCenter(comuni.Pick(random), random.Pick(providers));
        for (var i = 0; i < RsdCount; i++) AddRsd(comuni.Pick(random), random.Pick(providers));
        for (var i = 0; i < IntermediateCareCount; i++) AddIntermediateCare(comuni.Pick(random), random.Pick(providers));
        foreach (var zone in zones)
            Add(StructureKind.AccessPoint, $"Punto Insieme {zone.Name}", SeedWorld.LargestComune(zone), societies[zone.Id]);
        await db.SaveChangesAsync(ct);
    }

    private void AddRsa(Municipality comune, Organization provider)
    {
        var rsa = Add(StructureKind.Rsa, $"RSA {ShortName(provider)} {comune.Name}", comune, provider);
        AddModule(rsa, ModuleKind.Base, "Modulo base", random.Between(20, 60), new ModuleTariff(56.94m, random.Money(52, 68)));
        if (random.Chance(0.4)) AddModule(rsa, ModuleKind.CognitiveBehavioural, "Modulo cognitivo-comportamentale", random.Between(8, 20), new ModuleTariff(76.39m, random.Money(55, 70)));
        if (random.Chance(0.2)) AddModule(rsa, ModuleKind.LowIntensity, "Bassa intensità assistenziale", random.Between(8, 15), new ModuleTariff(41.17m, random.Money(45, 60)));
        if (random.Chance(0.3)) AddModule(rsa, ModuleKind.Respite, "Ricoveri di sollievo", random.Between(2, 6), new ModuleTariff(56.94m, random.Money(52, 68)));
    }

    private void AddDayCenter(Municipality comune, Organization provider)
    {
        var center = Add(StructureKind.DayCenter, $"Centro diurno {ShortName(provider)} {comune.Name}", comune, provider);
        AddModule(center, ModuleKind.SemiResidential, "Posti diurni", random.Between(12, 30), new ModuleTariff(30.39m, random.Money(20, 30)));
    }

    private void AddRsd(Municipality comune, Organization provider)
    {
        var rsd = Add(StructureKind.Rsd, $"RSD {ShortName(provider)} {comune.Name}", comune, provider);
        AddModule(rsd, ModuleKind.Motor, "Modulo disabilità motoria", random.Between(10, 24), new ModuleTariff(96.50m, random.Money(40, 60)));
    }

    private void AddIntermediateCare(Municipality comune, Organization provider)
    {
        var unit = Add(StructureKind.IntermediateCare, $"Cure intermedie {comune.Name}", comune, provider);
        AddModule(unit, ModuleKind.Base, "Degenza cure intermedie", random.Between(10, 20), new ModuleTariff(135m, 0m));
    }

    private Structure Add(StructureKind kind, string name, Municipality comune, Organization operatorOrganization)
    {
        var code = $"{kind.ToString().ToUpperInvariant()}-{comune.IstatCode}-{++sequence:0000}";
        var structure = new Structure(kind, name, code, operatorOrganization, new Address(comune.Id, $"{random.Pick(streets)} {random.Between(1, 120)}", null));
        structure.SetContacts(new Contacts($"+39 0{random.Between(50, 59)} {random.Between(100000, 999999)}", $"info.{code.ToLowerInvariant()}@example.org"));
        if (kind is not StructureKind.AccessPoint)
            structure.Accredit(random.Chance(0.92) ? AccreditationStatus.Accredited : AccreditationStatus.Authorised, $"DD {random.Between(1000, 25000)}/{random.Between(2019, 2025)}", null);
        db.Structures.Add(structure);
        return structure;
    }

    private void AddModule(Structure structure, ModuleKind kind, string name, int contracted, ModuleTariff tariff) =>
        structure.AddModule(kind, name, contracted + random.Between(0, 8), contracted, tariff);

    private static readonly string[] LegalForms = ["Cooperativa Sociale ", "Società Cooperativa ", "Fondazione ", "ASP "];

    private static string ShortName(Organization provider) =>
        LegalForms.FirstOrDefault(form => provider.Name.StartsWith(form, StringComparison.Ordinal)) is { } form
            ? provider.Name[form.Length..]
            : provider.Name;
}
