using Hub.Domain.Common;

namespace Hub.Domain.FosterCare;

/// <summary>A training session a family attended (formazione); part of the family.</summary>
public sealed class FosterTraining : Entity
{
    private FosterTraining() { }

    internal FosterTraining(string course, DateOnly attendedOn) => (Course, AttendedOn) = (course, attendedOn);

    /// <summary>The course or meeting, in words.</summary>
    public string Course { get; private set; } = "";

    /// <summary>When it was attended: not before the family's registration, not in the future.</summary>
    public DateOnly AttendedOn { get; private set; }
}
