using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;

namespace Hub.Domain.Minors;

/// <summary>
/// The anti-violence pathway (percorso di uscita dalla violenza): a Centro antiviolenza opens a case for a
/// woman it has just registered; the case, the person and the shelter's address are then seen by that
/// centre's operators only (row scopes), not by hospitals, comuni, providers or the zone's social workers.
/// </summary>
public static class AntiViolencePathway
{
    /// <summary>
    /// Whether a centre may take <paramref name="woman"/> under its protection on <paramref name="today"/>: a living adult no centre
    /// protects yet. Protection hides her from every other body, so a minor (the child-protection service's, who must keep seeing her)
    /// or the dead are never taken, whether registered anew or already known; whoever checks an existing record asks this first.
    /// </summary>
    public static bool MayProtect(Person woman, DateOnly today) =>
        woman.ProtectingCentreId is null && woman.DeathDate is null && woman.BirthDate.AddYears(ChildProtection.MajorityAge) <= today;

    /// <summary>Opens a case of <paramref name="centre"/> for <paramref name="woman"/>, in the centre's zone, with the shelter's address when she is sheltered.</summary>
    /// <exception cref="DomainValidationException">
    /// The organisation is no anti-violence centre with a zone, or the woman is no living adult free of another centre's protection (<see cref="MayProtect"/>).
    /// </exception>
    public static (CareCase Case, ProtectedAddress? Shelter) Open(Person woman, Organization centre, Address? shelter, DateOnly openedOn, DateOnly today)
    {
        if (centre.Kind != OrganizationKind.AntiViolenceCentre || centre.ZoneId is not { } zoneId)
            throw new DomainValidationException("Centre", "Only a Centro antiviolenza located in a zone opens an anti-violence case.");
        if (!MayProtect(woman, today))
            throw new DomainValidationException("BirthDate", "A Centro antiviolenza takes under its protection a living adult only: a minor is the child-protection service's.");
        woman.ProtectBy(centre.Id);
        var careCase = new CareCase(woman.Id, zoneId, ServiceArea.GenderViolence, AccessChannel.Self, openedOn, today);
        careCase.HoldAt(centre.Id);
        return (careCase, shelter is null ? null : new ProtectedAddress(careCase, centre.Id, shelter));
    }
}
