using Hub.Domain.Common;

namespace Hub.Domain.Care;

/// <summary>
/// One membership of a case's team (équipe multidisciplinare): a staff member in a role from a day
/// until a day. Part of the case (kept by <see cref="CareCase"/>), so a member is seen with the case
/// and never on its own. A current member reaches the case whatever zone they serve.
/// </summary>
public sealed class CaseTeamMember : Entity
{
    private CaseTeamMember() { }

    internal CaseTeamMember(Guid staffMemberId, CaseTeamRole role, DateOnly from) => (StaffMemberId, Role, From) = (staffMemberId, role, from);

    /// <summary>The staff member (StaffMember).</summary>
    public Guid StaffMemberId { get; private set; }

    public CaseTeamRole Role { get; private set; }

    /// <summary>The first day of the membership.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The first day the staff member is no longer on the team (exclusive: ended today means no longer today); null while open-ended.</summary>
    public DateOnly? To { get; private set; }

    /// <summary>Whether the membership holds on <paramref name="day"/>.</summary>
    public bool IsCurrentOn(DateOnly day) => From <= day && (To is null || To > day);

    internal void End(DateOnly to)
    {
        if (To is { } ended && ended <= to)
            throw new DomainValidationException(nameof(To), $"The membership already ended on {ended:yyyy-MM-dd}.");
        Guard.NotBefore(to, From, nameof(To), "the membership began");
        To = to;
    }
}
