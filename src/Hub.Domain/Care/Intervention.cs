using Hub.Domain.Common;

namespace Hub.Domain.Care;

/// <summary>One intervention of a care plan: what service, by whom, how often, for how long, who pays.</summary>
public sealed class Intervention : AuditableEntity
{
    private Intervention() { }

    internal Intervention(Guid carePlanId, InterventionDetails details)
    {
        CarePlanId = carePlanId;
        Change(details);
    }

    public Guid CarePlanId { get; private set; }
    public InterventionKind Kind { get; private set; }
    public Guid ServiceId { get; private set; }
    public Guid? ProviderOrganizationId { get; private set; }

    /// <summary>How often, in words (e.g. "3 accessi a settimana").</summary>
    public string? Frequency { get; private set; }

    public decimal? WeeklyHours { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public CostShares Shares { get; private set; } = CostShares.None;

    public InterventionDetails Details => new(Kind, ServiceId, ProviderOrganizationId, Frequency, WeeklyHours, StartsOn, EndsOn, Shares);

    public bool IsResidential => Kind is InterventionKind.TemporaryResidential or InterventionKind.PermanentResidential;

    /// <summary>Sets the comune's daily share (quota comunale, €), zero or more; the other payers' shares stay.</summary>
    internal void RecordMunicipalShare(decimal dailyShare)
    {
        Guard.NotNegative(dailyShare, "MunicipalityShare");
        Shares = Shares with { Municipality = dailyShare };
    }

    internal void Change(InterventionDetails details)
    {
        Guard.Ordered(details.StartsOn, details.EndsOn, nameof(EndsOn));
        if (details.Kind == InterventionKind.TemporaryResidential && details.EndsOn is null)
            throw new DomainValidationException(nameof(EndsOn), "A temporary residential intervention needs an end date.");
        if (details.WeeklyHours is { } hours)
            Guard.NotNegative(hours, nameof(WeeklyHours));
        Kind = details.Kind;
        ServiceId = details.ServiceId;
        ProviderOrganizationId = details.ProviderOrganizationId;
        Frequency = Guard.Optional(details.Frequency, nameof(Frequency));
        WeeklyHours = details.WeeklyHours;
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        Shares = details.Shares;
    }
}

/// <summary>What an intervention is, as the plan's author states it.</summary>
public sealed record InterventionDetails(
    InterventionKind Kind,
    Guid ServiceId,
    Guid? ProviderOrganizationId,
    string? Frequency,
    decimal? WeeklyHours,
    DateOnly StartsOn,
    DateOnly? EndsOn,
    CostShares Shares);
