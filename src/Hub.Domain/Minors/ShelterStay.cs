using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.People;
using Hub.Domain.Structures;

namespace Hub.Domain.Minors;

/// <summary>
/// The stay of a woman in a Centro antiviolenza's shelter (ospitalità in casa rifugio, Intesa Stato-Regioni 27/11/2014 art. 8–10): an emergency
/// placement of kind SHELTER, which the centre makes on its own case in a module of its own shelter. It is a placement like any other for the rule
/// of one place at a time (<see cref="PlacementsInCourse"/>), and it delivers an intervention of kind SHELTER of the case's protection pathway.
/// </summary>
public static class ShelterStay
{
    /// <summary>The catalogue's service (Service code) a shelter stay delivers: the Centro antiviolenza's.</summary>
    public const string ServiceCode = "ANTIVIOL";

    /// <summary>The goals the protection pathway is drafted with when the first shelter stay opens it; the centre writes the rest with the woman.</summary>
    public const string EmergencyGoals = "Ospitalità in emergenza in casa rifugio: messa in sicurezza della donna.";

    /// <summary>
    /// Places <paramref name="woman"/>, the person of <paramref name="careCase"/> (an open case of the centre that runs the shelter), in <paramref name="module"/>,
    /// loaded with its structure, from <paramref name="on"/> (not in the future, nor before the centre took her under its protection,
    /// <see cref="Person.ProtectedSince"/>: her placements before it are out of the centre's sight, and a stay overlapping one would tell of it): a SHELTER intervention of <paramref name="service"/> is added to the case's draft
    /// protection pathway <paramref name="pathway"/>, or to a new one (<c>Pathway</c>, null when the draft was given). The woman is placed nowhere
    /// else from then (<paramref name="inCourse"/>) unless this transfers her from <paramref name="replaces"/>, which ends on that day, its
    /// <paramref name="replacedModule"/> given back.
    /// </summary>
    /// <exception cref="DomainValidationException">
    /// The module is no shelter's, the shelter is another centre's, the case is not a centre's, the stay starts before she was protected, or she is placed already.
    /// </exception>
    /// <exception cref="InvalidTransitionException">The case is closed, or the pathway is no longer a draft.</exception>
    /// <exception cref="CapacityExceededException">The shelter's module has no free place.</exception>
    public static (CarePlan? Pathway, Intervention Intervention, Placement Placement) Place(CareCase careCase, Person woman, CarePlan? pathway, Guid service,
        StructureModule module, DateOnly on, DateOnly today, PlacementsInCourse inCourse, Placement? replaces = null, StructureModule? replacedModule = null)
    {
        var shelter = module.Structure ?? throw new ArgumentException("Load the module with its structure.", nameof(module));
        if (module.Kind != ModuleKind.Shelter)
            throw new DomainValidationException("ModuleId", "placeInShelter places a woman in a module of a shelter (SHELTER); other places are requested with requestPlacement.");
        if (careCase.CentreId is not { } centre || centre != shelter.OperatorOrganizationId)
            throw new DomainValidationException("CareCaseId", "A shelter hosts the women of the centre that runs it: the case is not that centre's.");
        if (woman.Id != careCase.PersonId || woman.ProtectingCentreId != centre || woman.ProtectedSince is not { } protectedSince)
            throw new ArgumentException("Pass the case's own woman, whom its centre protects.", nameof(woman));
        if (on < protectedSince)
            throw new DomainValidationException("On", $"A shelter stay starts on or after {protectedSince:yyyy-MM-dd}, the day the centre took her under its protection.");
        if (pathway is not null && (pathway.CareCaseId != careCase.Id || pathway.Type != CarePlanKind.ProtectionPathway))
            throw new ArgumentException("Pass the case's own protection pathway.", nameof(pathway));
        careCase.EnsureOpen("place in shelter");
        var opened = pathway is null ? new CarePlan(careCase, CarePlanKind.ProtectionPathway, EmergencyGoals) : null;
        var intervention = (pathway ?? opened!).AddIntervention(new InterventionDetails(InterventionKind.Shelter, service, centre, null, null, on, null, CostShares.None));
        return (opened, intervention, new Placement(intervention, careCase.PersonId, module, on, today, inCourse.UnseenEndedBy(protectedSince), replaces, replacedModule));
    }
}
