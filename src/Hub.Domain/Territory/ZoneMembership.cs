using Hub.Domain.Common;

namespace Hub.Domain.Territory;

/// <summary>
/// A comune's membership of a zone over a period: zones are redrawn and comuni merge,
/// so the history is kept rather than a single foreign key.
/// </summary>
public sealed class ZoneMembership : Entity
{
    private ZoneMembership() { }

    internal ZoneMembership(Municipality municipality, Zone zone, DateOnly validFrom, string? source)
    {
        Municipality = municipality;
        MunicipalityId = municipality.Id;
        Zone = zone;
        ZoneId = zone.Id;
        ValidFrom = validFrom;
        Source = Guard.Optional(source, nameof(Source), 2000);
    }

    public Guid MunicipalityId { get; private set; }
    public Municipality? Municipality { get; private set; }
    public Guid ZoneId { get; private set; }
    public Zone? Zone { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidTo { get; private set; }

    /// <summary>The evidence for this membership: a URL, a deliberation, or "inferred".</summary>
    public string? Source { get; private set; }

    internal void Amend(Zone zone, string? source)
    {
        Zone = zone;
        ZoneId = zone.Id;
        Source = Guard.Optional(source, nameof(Source), 2000);
    }

    internal void End(DateOnly validTo)
    {
        Guard.Ordered(ValidFrom, validTo, nameof(ValidTo));
        ValidTo = validTo;
    }
}
