using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Hub.Domain.People;
using Hub.Domain.Structures;

namespace Hub.Domain.FosterCare;

/// <summary>The rules of starting an affido familiare: a placement of kind FOSTER_CARE of a minor with a family of the registry.</summary>
public static class Affido
{
    /// <summary>The longest planned duration of an affido, in months; only the Tribunale per i minorenni extends it (L. 184/1983, art. 4 c. 4).</summary>
    public const int MaximumMonths = 24;

    /// <summary>
    /// Places <paramref name="minor"/> with <paramref name="family"/> from <paramref name="startsOn"/> (not in the future) to
    /// <paramref name="plannedEndOn"/>, for a FOSTER_CARE intervention of the minor's plan. A judicial affido names a court
    /// measure of the same case; a consensual one none. The terms' court measure is <paramref name="measure"/>'s, whatever they name. <paramref name="fostered"/> counts the minors the family fosters now. The minor is placed nowhere else from the start
    /// (<paramref name="inCourse"/>, one place at a time) unless the affido transfers them from <paramref name="replaces"/> (a community's place, with its
    /// <paramref name="replacedModule"/>, or another family), which ends on the start day.
    /// </summary>
    /// <exception cref="DomainValidationException">An adult, a family not suitable or full or not offering these terms, dates out of order, or a basis without its decree, or a minor placed already (<see cref="PlacementsInCourse"/>).</exception>
    public static Placement Start(Intervention intervention, CarePlan plan, Person minor, FosterFamily family, FosterCareTerms terms, CourtMeasure? measure,
        DateOnly startsOn, DateOnly plannedEndOn, int fostered, DateOnly today, PlacementsInCourse inCourse, Placement? replaces = null, StructureModule? replacedModule = null)
    {
        if (intervention.Kind != InterventionKind.FosterCare)
            throw new DomainValidationException("InterventionId", "An affido delivers a FOSTER_CARE intervention of the minor's plan.");
        Guard.NotFuture(startsOn, today, "StartsOn");
        if (!ChildProtection.IsMinorOn(minor.BirthDate, startsOn))
            throw new DomainValidationException("InterventionId", "An affido familiare is for a minor: the person is of age on the start date.");
        if (plannedEndOn <= startsOn || plannedEndOn > startsOn.AddMonths(MaximumMonths))
            throw new DomainValidationException("PlannedEndOn", $"The planned end falls after the start and within {MaximumMonths} months of it (L. 184/1983, art. 4).");
        EnsureBasis(terms, measure, plan);
        family.EnsureSuitable();
        if (!family.Availability.Accepts(terms, ChildProtection.AgeOn(minor.BirthDate, startsOn)))
            throw new DomainValidationException("FosterFamilyId", "The family does not offer this kind of affido or this age: see its availability.");
        if (fostered >= family.Availability.Places)
            throw new DomainValidationException("FosterFamilyId", $"The family already fosters {fostered} minors, all the places it offers.");
        return new Placement(intervention, minor.Id, family.Id, terms with { CourtMeasureId = measure?.Id }, startsOn, plannedEndOn, today, inCourse, replaces, replacedModule);
    }

    private static void EnsureBasis(FosterCareTerms terms, CourtMeasure? measure, CarePlan plan)
    {
        if (terms.Basis == FosterCareBasis.Judicial && measure is null)
            throw new DomainValidationException("CourtMeasureId", "A judicial affido names the court measure that orders it.");
        if (terms.Basis == FosterCareBasis.Consensual && measure is not null)
            throw new DomainValidationException("CourtMeasureId", "A consensual affido rests on the parents' consent, not on a court measure: leave it out or choose JUDICIAL.");
        if (measure is not null && measure.CareCaseId != plan.CareCaseId)
            throw new DomainValidationException("CourtMeasureId", "The court measure belongs to another case.");
    }
}
