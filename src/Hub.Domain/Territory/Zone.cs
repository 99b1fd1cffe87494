using Hub.Domain.Common;

namespace Hub.Domain.Territory;

/// <summary>
/// A zona-distretto: the territorial unit where social and health services are planned
/// and delivered together. Its comuni come from <see cref="ZoneMembership"/> rows.
/// </summary>
public sealed class Zone : AuditableEntity
{
    private readonly List<ZoneMembership> memberships = [];

    private Zone() { }

    public Zone(string code, string name, HealthAuthority authority, DateOnly validFrom, string? source)
    {
        Code = Guard.Required(code, nameof(Code), 20);
        Name = Guard.Required(name, nameof(Name));
        HealthAuthority = authority;
        HealthAuthorityId = authority.Id;
        ValidFrom = validFrom;
        Source = Guard.Optional(source, nameof(Source), 2000);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid HealthAuthorityId { get; private set; }
    public HealthAuthority? HealthAuthority { get; private set; }
    public ZoneGovernance? Governance { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    /// <summary>Where the zone and its membership come from (law, deliberation, inference).</summary>
    public string? Source { get; private set; }

    public IReadOnlyCollection<ZoneMembership> Memberships => memberships;

    public void Describe(string name, ZoneGovernance? governance, string? source)
    {
        Name = Guard.Required(name, nameof(Name));
        Governance = governance;
        Source = Guard.Optional(source, nameof(Source), 2000);
    }

    public void Dissolve(DateOnly validTo)
    {
        Guard.Ordered(ValidFrom, validTo, nameof(ValidTo));
        ValidTo = validTo;
    }
}
