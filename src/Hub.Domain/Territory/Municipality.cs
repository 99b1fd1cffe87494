using Hub.Domain.Common;

namespace Hub.Domain.Territory;

/// <summary>A comune, identified by its ISTAT code; the cadastral (Belfiore) code appears in codici fiscali.</summary>
public sealed class Municipality : AuditableEntity
{
    private readonly List<ZoneMembership> memberships = [];

    private Municipality() { }

    public Municipality(string istatCode, string cadastralCode, string name, Province province, int population)
    {
        IstatCode = Guard.Required(istatCode, nameof(IstatCode), 6);
        CadastralCode = Guard.Required(cadastralCode, nameof(CadastralCode), 4).ToUpperInvariant();
        Update(name, province, population);
    }

    public string IstatCode { get; private set; } = "";
    public string CadastralCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Province Province { get; private set; } = null!;

    /// <summary>Resident population (latest census loaded).</summary>
    public int Population { get; private set; }

    public IReadOnlyCollection<ZoneMembership> Memberships => memberships;

    public void Update(string name, Province province, int population)
    {
        Name = Guard.Required(name, nameof(Name));
        if (Province != province)
            Province = province;
        Population = Guard.NotNegative(population, nameof(Population));
    }

    /// <summary>Moves the comune to a zone from a date, closing its current membership the day before.</summary>
    public ZoneMembership AssignTo(Zone zone, DateOnly from, string? source)
    {
        var current = memberships.SingleOrDefault(m => m.ValidTo is null);
        if (current is not null && (current.ZoneId == zone.Id || current.ValidFrom == from))
        {
            // Same zone, or a correction of the same period: amend the membership, keep no false history.
            current.Amend(zone, source);
            return current;
        }
        current?.End(from.AddDays(-1));
        var membership = new ZoneMembership(this, zone, from, source);
        memberships.Add(membership);
        return membership;
    }
}
