using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;

namespace Hub.Domain.Minors;

/// <summary>
/// The anti-violence pathway (percorso di uscita dalla violenza): a Centro antiviolenza opens a case for an adult
/// woman it registers, or takes one registered already whom no service follows; the case, the person and the shelter's address are then seen by that
/// centre's operators only (row scopes), not by hospitals, comuni, providers or the zone's social workers.
/// </summary>
public static class AntiViolencePathway
{
    /// <summary>
    /// Whom the pathway serves: women. The centres are services for women victims of violence and their children (Intesa
    /// Stato-Regioni of 27 November 2014 on the centres' minimum requirements, art. 1; Convenzione di Istanbul, ratified by L. 77/2013,
    /// art. 22-23), and only adults are taken: protection hides a person from every other body, and a minor is the child-protection
    /// service's, who must keep seeing her. Decided from what the centre sends alone, before any record is read, so the refusal says
    /// nothing of whether the codice fiscale is registered. The woman's zone is no condition: a woman often turns to a centre far from
    /// home for her safety, so any centre of the region takes a woman of any zone.
    /// </summary>
    /// <exception cref="DomainValidationException">
    /// A man (Sex), a minor on <paramref name="today"/> (BirthDate), or a case opened on <paramref name="openedOn"/>, before she came of age (OpenedOn).
    /// </exception>
    public static void EnsureServes(Sex sex, DateOnly birthDate, DateOnly openedOn, DateOnly today)
    {
        if (sex != Sex.Female)
            throw new DomainValidationException("Sex", "A Centro antiviolenza takes women under its protection (Intesa Stato-Regioni 27/11/2014, art. 1; "
                + "Convenzione di Istanbul, L. 77/2013): a man is followed by the zone's social service.");
        if (birthDate.AddYears(ChildProtection.MajorityAge) > today)
            throw new DomainValidationException("BirthDate", "A Centro antiviolenza takes under its protection an adult only: a minor is the child-protection service's.");
        if (openedOn < birthDate.AddYears(ChildProtection.MajorityAge))
            throw new DomainValidationException("OpenedOn", "A Centro antiviolenza's case opens on or after the day she came of age: the centres take adult women.");
    }

    /// <summary>
    /// Whether a centre may take <paramref name="woman"/> under its protection on <paramref name="today"/>: a living adult woman no centre
    /// protects yet (<see cref="EnsureServes"/>); the dead are never taken, whether registered anew or already known. Whoever checks an
    /// existing record asks this first, then whether a service follows her (<see cref="ServicesFollowing"/>).
    /// </summary>
    public static bool MayProtect(Person woman, DateOnly today) =>
        woman.ProtectingCentreId is null && woman.DeathDate is null && woman.Sex == Sex.Female
        && woman.BirthDate.AddYears(ChildProtection.MajorityAge) <= today;

    /// <summary>
    /// Opens a case of <paramref name="centre"/> for <paramref name="woman"/>, in the centre's zone, with the shelter's address when she is sheltered.
    /// <paramref name="earlierCases"/> is null for a woman the centre registers now, protected from <paramref name="openedOn"/>; for a woman registered
    /// already it holds every case of hers (all closed, as no service follows her), which are sealed (<see cref="CareCase.SealedOn"/>): the zone that
    /// held one no longer sees or reopens it. She is then protected from <paramref name="today"/>, the day she is taken.
    /// </summary>
    /// <exception cref="DomainValidationException">
    /// The organisation is no anti-violence centre with a zone, or the person is no living adult woman free of another centre's protection (<see cref="MayProtect"/>).
    /// </exception>
    public static (CareCase Case, ProtectedAddress? Shelter) Open(Person woman, Organization centre, Address? shelter, DateOnly openedOn, DateOnly today,
        IReadOnlyCollection<CareCase>? earlierCases = null)
    {
        if (centre.Kind != OrganizationKind.AntiViolenceCentre || centre.ZoneId is not { } zoneId)
            throw new DomainValidationException("Centre", "Only a Centro antiviolenza located in a zone opens an anti-violence case.");
        EnsureServes(woman.Sex, woman.BirthDate, openedOn, today);
        if (!MayProtect(woman, today))
            throw new DomainValidationException("Person", "A Centro antiviolenza takes under its protection a living woman whom no other centre protects.");
        woman.ProtectBy(centre.Id, earlierCases is null ? openedOn : today);
        foreach (var earlier in earlierCases ?? [])
            earlier.Seal(today);
        var careCase = new CareCase(woman.Id, zoneId, ServiceArea.GenderViolence, AccessChannel.Self, openedOn, today);
        careCase.HoldAt(centre.Id);
        return (careCase, shelter is null ? null : new ProtectedAddress(careCase, centre.Id, shelter));
    }
}
