using Hub.Domain.Common;
using Hub.Domain.Minors;
using Hub.Domain.People;
using Hub.Domain.Structures;

namespace Hub.Domain.Families;

/// <summary>
/// A social worker's referral (invio) of a family, a child or both to a Centro per le famiglie for one of the services
/// it offers, and what came of it. The zone is the centre's when referred: the zone's staff see it and count it.
/// </summary>
public sealed class FamilyCenterReferral : AuditableEntity
{
    private static readonly TransitionTable<ReferralOutcome> Outcomes = new TransitionTable<ReferralOutcome>(nameof(FamilyCenterReferral))
        .Allow("accept", ReferralOutcome.Accepted, ReferralOutcome.Referred)
        .Allow("take in charge", ReferralOutcome.TakenInCharge, ReferralOutcome.Referred, ReferralOutcome.Accepted)
        .Allow("conclude", ReferralOutcome.Concluded, ReferralOutcome.Accepted, ReferralOutcome.TakenInCharge)
        .Allow("decline", ReferralOutcome.Declined, ReferralOutcome.Referred, ReferralOutcome.Accepted);

    private FamilyCenterReferral() { }

    /// <summary>
    /// Refers <paramref name="household"/> and/or <paramref name="child"/> to <paramref name="center"/> for <paramref name="service"/>,
    /// one of those the centre offers, on a day not after <paramref name="today"/>.
    /// </summary>
    /// <exception cref="DomainValidationException">No family nor child; the child is of age; the centre does not offer the service; the day is in the future.</exception>
    public FamilyCenterReferral(FamilyCenter center, Household? household, Person? child, string service, string? reason, DateOnly referredOn, DateOnly today)
    {
        center.EnsureOpen("take referrals");
        if (household is null && child is null)
            throw new DomainValidationException("HouseholdId", "A referral names the family (householdId), the child (childId) or both.");
        if (child is not null && !ChildProtection.IsMinorOn(child.BirthDate, referredOn))
            throw new DomainValidationException("ChildId", "The child of a referral is a minor: the person was of age on the referral day.");
        if (!center.Services.Contains(service))
            throw new DomainValidationException(nameof(Service), $"{center.Name} offers {string.Join(", ", center.Services.Select(s => $"'{s}'"))}: refer the family for one of them.");
        Guard.NotFuture(referredOn, today, nameof(ReferredOn));
        (FamilyCenterId, ZoneId, HouseholdId, ChildId, Service, ReferredOn) = (center.Id, center.ZoneId, household?.Id, child?.Id, service, referredOn);
        Reason = Guard.Optional(reason, nameof(Reason), 2000);
    }

    /// <summary>The centre referred to (FamilyCenter).</summary>
    public Guid FamilyCenterId { get; private set; }

    /// <summary>The centre's zone on the referral day: whose staff see the referral and count it.</summary>
    public Guid ZoneId { get; private set; }

    /// <summary>The family referred (nucleo familiare), if named.</summary>
    public Guid? HouseholdId { get; private set; }

    /// <summary>The child referred (minore), if named; the person of the audit trail.</summary>
    public Guid? ChildId { get; private set; }

    /// <summary>The centre's service asked for (servizio), one of <see cref="FamilyCenter.Services"/>: what the zone's figures count.</summary>
    public string Service { get; private set; } = "";

    /// <summary>Why, in the worker's words (motivo dell'invio); SOCIAL, never counted.</summary>
    public string? Reason { get; private set; }

    /// <summary>When the family was referred: not in the future.</summary>
    public DateOnly ReferredOn { get; private set; }

    /// <summary>What came of it: REFERRED until the centre answers, then as <see cref="Record"/> moves it.</summary>
    public ReferralOutcome Outcome { get; private set; } = ReferralOutcome.Referred;

    /// <summary>When the current outcome was recorded; null while only referred.</summary>
    public DateOnly? OutcomeOn { get; private set; }

    /// <summary>Records what the centre answered or how the pathway went, on a day between the referral and <paramref name="today"/>.</summary>
    /// <exception cref="InvalidTransitionException">The outcome does not follow the current one (a concluded referral stays concluded).</exception>
    public void Record(ReferralOutcome outcome, DateOnly on, DateOnly today)
    {
        var action = outcome switch
        {
            ReferralOutcome.Accepted => "accept",
            ReferralOutcome.TakenInCharge => "take in charge",
            ReferralOutcome.Concluded => "conclude",
            ReferralOutcome.Declined => "decline",
            _ => throw new DomainValidationException(nameof(Outcome), "REFERRED is where a referral starts: record ACCEPTED, TAKEN_IN_CHARGE, CONCLUDED or DECLINED."),
        };
        Guard.Happened(on, OutcomeOn ?? ReferredOn, OutcomeOn is null ? "the referral" : "the previous outcome", today, nameof(OutcomeOn));
        Outcome = Outcomes.Apply(Outcome, action);
        OutcomeOn = on;
    }
}
