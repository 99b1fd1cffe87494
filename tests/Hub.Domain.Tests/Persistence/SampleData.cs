using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Domain.Tests.Persistence;

/// <summary>The smallest territory the other aggregates can point at: one authority, one zone, two comuni.</summary>
internal sealed record SampleTerritory(HealthAuthority Authority, Zone Zone, Municipality Florence, Municipality Fiesole);

/// <summary>Master data shared by the round-trip tests, each object with every optional field filled.</summary>
internal static class SampleData
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static readonly DateOnly ZonesValidFrom = new(2022, 2, 1);

    public static SampleTerritory AddTerritory(HubDbContext db)
    {
        var authority = new HealthAuthority("CE", "USL Toscana Centro");
        var zone = new Zone("CE-FIR", "Firenze", authority, ZonesValidFrom, "DCR 101/2021");
        zone.Describe("Firenze", ZoneGovernance.HealthSociety, "https://sds.comune.fi.it");
        var florence = new Municipality("048017", "D612", "Firenze", new Province("048", "Firenze", "FI"), 358079);
        var fiesole = new Municipality("048015", "D575", "Fiesole", new Province("048", "Firenze", "FI"), 14085);
        florence.AssignTo(zone, ZonesValidFrom, "https://sds.comune.fi.it");
        fiesole.AssignTo(zone, ZonesValidFrom, "inferred");
        db.AddRange(authority, zone, florence, fiesole);
        return new SampleTerritory(authority, zone, florence, fiesole);
    }

    public static Person NewPerson(SampleTerritory territory, string lastName = "Rossi", string firstName = "Mario")
    {
        var birthDate = new DateOnly(1938, 5, 12);
        var code = FiscalCode.Compose(lastName, firstName, Sex.Male, birthDate, "D612");
        var person = new Person(PersonIdentifier.Parse(code.Value), new PersonName(firstName, lastName), Sex.Male, birthDate, "D612",
            new Address(territory.Florence.Id, "Via dei Servi 12", "50122"), Today);
        person.SetDomicile(new Address(territory.Fiesole.Id, "Via Portigiani 3", "50014"));
        person.SetContacts(new Contacts("+39 055 123456", "mario.rossi@example.it", "mario.rossi@pec.example.it"));
        person.SetFamilyDoctor("Dott. Giovanni Neri");
        return person;
    }

    /// <summary>A foreigner without a codice fiscale, known by an STP code.</summary>
    public static Person NewStpPerson(SampleTerritory territory) =>
        new(PersonIdentifier.Parse("STP0902010000042"), new PersonName("Amina", "El Idrissi"), Sex.Female,
            new DateOnly(1990, 7, 1), "Z330", new Address(territory.Florence.Id, null, null), Today);

    public static Organization NewHospital(SampleTerritory territory)
    {
        var hospital = new Organization(OrganizationKind.Hospital, "Ospedale Santa Maria Nuova", "06175810485", "090201");
        hospital.LocateIn(territory.Authority.Id, territory.Zone.Id, territory.Florence.Id);
        return hospital;
    }

    public static Organization NewProvider() =>
        new(OrganizationKind.Provider, "Cooperativa Il Girasole", "01234567890", "PRV-17");

    public static StaffMember NewSocialWorker(Organization employer, Zone zone)
    {
        var worker = new StaffMember("Anna", "Bianchi", Profession.SocialWorker, employer, 30.5m);
        worker.SetContacts(new Contacts("+39 055 654321", "anna.bianchi@example.it"));
        worker.Serve(zone);
        return worker;
    }

    public static Service NewService(string code = "RES-TEMP")
    {
        var service = new Service(code, "Inserimento residenziale temporaneo", ServiceArea.NonSelfSufficiency, ServiceKind.Residential);
        service.SetAccessRules(isLeps: true, ResidencyRequirement.Zone, maximumWaitDays: 30, CostRule.MeansTested);
        return service;
    }

    public static Structure NewStructure(Organization operatorOrganization, SampleTerritory territory)
    {
        var structure = new Structure(StructureKind.Rsa, "RSA Villa Serena", "RSA-FI-0042", operatorOrganization,
            new Address(territory.Florence.Id, "Viale Europa 100", "50126"));
        structure.Accredit(AccreditationStatus.Accredited, "DD 1234/2023", new DateOnly(2028, 12, 31));
        structure.SetContacts(new Contacts("+39 055 777777", "info@villaserena.example.it", "villaserena@pec.example.it"));
        structure.AddModule(ModuleKind.Base, "Modulo base", 40, 30, new ModuleTariff(56.29m, 58.50m));
        structure.AddModule(ModuleKind.CognitiveBehavioural, "Modulo Alzheimer", 12, 10, new ModuleTariff(81.45m, 58.50m));
        return structure;
    }
}
