using System.Linq.Expressions;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Hub.Domain.Structures;

namespace Hub.Domain.Families;

/// <summary>
/// The rules of residential communities for minors (comunità per minori, <see cref="StructureKind.MinorsCommunity"/>):
/// who may be placed in them, and which placements the six-monthly list to the Procura names.
/// </summary>
public static class Communities
{
    /// <summary>
    /// A community takes minors only, and a minor's residential placement goes to a community (L. 184/1983 art. 2:
    /// a minor out of the family is placed with a foster family or in a community, never in a structure for adults).
    /// Age is judged on the day the place is requested; a stay begun as a minor may run on (prosieguo amministrativo).
    /// Semi-residential places (a day centre for minors with disabilities) are not residential and stay open to minors.
    /// </summary>
    /// <exception cref="DomainValidationException">An adult asked into a community, or a minor into a residential structure of another kind.</exception>
    public static void EnsureFits(DateOnly birthDate, InterventionKind intervention, StructureKind structure, DateOnly requestedOn)
    {
        var minor = ChildProtection.IsMinorOn(birthDate, requestedOn);
        if (structure == StructureKind.MinorsCommunity && !minor)
            throw new DomainValidationException("ModuleId", "A community for minors takes minors only: the person was of age on the request date. Choose a module of another kind of structure.");
        if (minor && structure != StructureKind.MinorsCommunity && intervention is InterventionKind.TemporaryResidential or InterventionKind.PermanentResidential)
            throw new DomainValidationException("ModuleId", "A minor's residential placement goes to a community for minors (MINORS_COMMUNITY): choose one of its modules.");
    }

    /// <summary>
    /// The placements the list of <paramref name="half"/> names: a minor admitted on or before its last day and not discharged
    /// before its first (start ≤ half's end and (no end or end ≥ half's start)); never-admitted requests name no one.
    /// </summary>
    public static Expression<Func<Placement, bool>> ActiveIn(HalfYear half)
    {
        var (from, to) = (half.From, half.To);
        return p => p.AdmittedOn != null && p.AdmittedOn <= to && (p.EndedOn == null || p.EndedOn >= from);
    }
}
