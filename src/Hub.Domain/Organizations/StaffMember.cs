using Hub.Domain.Common;
using Hub.Domain.Registry;
using Hub.Domain.Territory;

namespace Hub.Domain.Organizations;

/// <summary>Territorial staff (operatore): a social worker, nurse, educator … employed by an organisation.</summary>
public sealed class StaffMember : MasterRecord
{
    /// <summary>Weekly hours of a full-time post in the public sector contracts (36 h).</summary>
    public const decimal FullTimeWeeklyHours = 36m;

    private readonly List<Zone> zones = [];

    private StaffMember() { }

    public StaffMember(string firstName, string lastName, Profession profession, Organization employer, decimal weeklyHours)
    {
        FirstName = Guard.Required(firstName, nameof(FirstName), 100);
        LastName = Guard.Required(lastName, nameof(LastName), 100);
        Profession = profession;
        OrganizationId = employer.Id;
        Organization = employer;
        SetWeeklyHours(weeklyHours);
    }

    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public Profession Profession { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Organization? Organization { get; private set; }
    public decimal WeeklyHours { get; private set; }
    public Contacts Contacts { get; private set; } = Contacts.None;
    public IReadOnlyCollection<Zone> Zones => zones;

    /// <summary>Full-time equivalent, as counted against the LEPS ratio of one social worker per 5,000 residents.</summary>
    public decimal FullTimeEquivalent => Math.Round(WeeklyHours / FullTimeWeeklyHours, 2);

    public void SetWeeklyHours(decimal weeklyHours)
    {
        EnsureOpen("change hours");
        if (weeklyHours is <= 0 or > 48)
            throw new DomainValidationException(nameof(WeeklyHours), "Weekly hours must be between 0 and 48.");
        WeeklyHours = weeklyHours;
    }

    public void SetContacts(Contacts? contacts) => Contacts = contacts ?? Contacts.None;

    public void ChangeProfession(Profession profession)
    {
        EnsureOpen("change profession");
        Profession = profession;
    }

    /// <summary>
    /// Serves exactly <paramref name="served"/> from now on (zone servite), all of them zones its employer
    /// serves (<paramref name="employerZones"/>; null for the Region, which serves every zone): a token's
    /// zones are checked against the employer's, so staff serving another zone could never work there.
    /// </summary>
    /// <exception cref="DomainValidationException">A zone is not one the employer serves, naming it.</exception>
    public void ServeOnly(IReadOnlyCollection<Zone> served, IReadOnlySet<Guid>? employerZones)
    {
        EnsureOpen("change zones");
        if (employerZones is not null && served.FirstOrDefault(z => !employerZones.Contains(z.Id)) is { } outside)
            throw new DomainValidationException("ZoneIds",
                $"Zone {outside.Code} ({outside.Name}) is not served by the employer: a staff member serves only zones of the organisation employing them.");
        zones.RemoveAll(z => served.All(s => s.Id != z.Id));
        foreach (var zone in served)
            Serve(zone);
    }

    /// <summary>The staff member leaves the organisation on <paramref name="on"/> (cessazione): cases keep naming them.</summary>
    public void Leave(DateOnly on, DateOnly today) => CloseOn(on, today);

    public void Serve(Zone zone)
    {
        if (zones.All(z => z.Id != zone.Id))
            zones.Add(zone);
    }

    public void StopServing(Guid zoneId) => zones.RemoveAll(z => z.Id == zoneId);
}
