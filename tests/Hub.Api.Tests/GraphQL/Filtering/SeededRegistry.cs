using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL.Filtering;

/// <summary>
/// The seeded master data read whole into memory, so tests compute with LINQ to objects, on their
/// own, what a filter or sort should return, and compare it with what the API's SQL returned.
/// </summary>
public sealed class SeededRegistry
{
    public required List<Person> Persons { get; init; }
    public required List<Household> Households { get; init; }
    public required List<Municipality> Municipalities { get; init; }
    public required List<Zone> Zones { get; init; }
    public required List<HealthAuthority> Authorities { get; init; }
    public required List<ZoneMembership> CurrentMemberships { get; init; }
    public required List<Organization> Organizations { get; init; }
    public required List<StaffMember> Staff { get; init; }
    public required List<Structure> Structures { get; init; }
    public required List<StructureModule> Modules { get; init; }
    public required List<Service> Services { get; init; }
    public required List<FamilyCenter> FamilyCenters { get; init; }

    public static async Task<SeededRegistry> LoadAsync(IServiceProvider services)
    {
        await using var scope = Domain.Access.SystemAccess.CreateScope(services);
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return new SeededRegistry
        {
            Persons = await db.Persons.AsNoTracking().ToListAsync(),
            Households = await db.Households.AsNoTracking().Include(h => h.Members).ToListAsync(),
            Municipalities = await db.Municipalities.AsNoTracking().ToListAsync(),
            Zones = await db.Zones.AsNoTracking().ToListAsync(),
            Authorities = await db.HealthAuthorities.AsNoTracking().ToListAsync(),
            CurrentMemberships = await db.ZoneMemberships.AsNoTracking().Where(m => m.ValidTo == null).ToListAsync(),
            Organizations = await db.Organizations.AsNoTracking().ToListAsync(),
            Staff = await db.StaffMembers.AsNoTracking().Include(s => s.Zones).ToListAsync(),
            // As every caller but a Centro antiviolenza sees them: its shelters are its own (RowScopes).
            Structures = await db.Structures.AsNoTracking().Where(s => s.Kind != StructureKind.Shelter).ToListAsync(),
            Modules = await db.StructureModules.AsNoTracking().Where(m => m.Kind != ModuleKind.Shelter).ToListAsync(),
            Services = await db.Services.AsNoTracking().ToListAsync(),
            FamilyCenters = await db.FamilyCenters.AsNoTracking().ToListAsync(),
        };
    }

    public Zone ZoneOf(Guid municipalityId) => Zones.Single(z => z.Id == CurrentMemberships.Single(m => m.MunicipalityId == municipalityId).ZoneId);

    public Municipality Municipality(Guid id) => Municipalities.Single(m => m.Id == id);

    public HealthAuthority AuthorityOf(Zone zone) => Authorities.Single(a => a.Id == zone.HealthAuthorityId);

    public Organization Organization(Guid id) => Organizations.Single(o => o.Id == id);

    public Household? HouseholdOf(Person person) => Households.SingleOrDefault(h => h.Members.Any(m => m.PersonId == person.Id));

    public Person Person(Guid id) => Persons.Single(p => p.Id == id);

    public IEnumerable<Municipality> MunicipalitiesOf(Zone zone) =>
        CurrentMemberships.Where(m => m.ZoneId == zone.Id).Select(m => Municipality(m.MunicipalityId));

    public IEnumerable<StructureModule> ModulesOf(Structure structure) => Modules.Where(m => m.StructureId == structure.Id);
}
