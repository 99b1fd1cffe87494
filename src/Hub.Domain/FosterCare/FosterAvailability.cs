using Hub.Domain.Common;
using Hub.Domain.Minors;

namespace Hub.Domain.FosterCare;

/// <summary>
/// What a foster family offers (disponibilità): the kinds of affido it accepts, the ages it takes (in years,
/// inclusive) and how many minors at once.
/// </summary>
public sealed record FosterAvailability(bool FullTime, bool PartTime, bool Residential, bool Daytime, int MinAge, int MaxAge, int Places)
{
    /// <summary>
    /// The most minors a family offers to take at once: the hub's bound, not a legal one, borrowed from the six users of a
    /// comunità di tipo familiare (DM 308/2001 art. 3 c.1).
    /// </summary>
    public const int MostPlaces = 6;

    internal FosterAvailability Validated()
    {
        if (!FullTime && !PartTime || !Residential && !Daytime)
            throw new DomainValidationException("Availability", "A family accepts at least one schedule (full-time or part-time) and one setting (residential or daytime).");
        if (MinAge < 0 || MaxAge > ChildProtection.OldestMinorAge || MinAge > MaxAge)
            throw new DomainValidationException("Availability", $"The ages accepted go from 0 to {ChildProtection.OldestMinorAge}, the youngest first.");
        if (Places is < 1 or > MostPlaces)
            throw new DomainValidationException("Availability", $"A family takes from 1 to {MostPlaces} minors at once.");
        return this;
    }

    /// <summary>Whether the terms and the minor's age on the start fit what the family offers.</summary>
    internal bool Accepts(FosterCareTerms terms, int age) =>
        (terms.Schedule == FosterCareSchedule.FullTime ? FullTime : PartTime)
        && (terms.Setting == FosterCareSetting.Residential ? Residential : Daytime)
        && age >= MinAge && age <= MaxAge;
}
