using Hub.Domain.Common;

namespace Hub.Domain.FosterCare;

/// <summary>The suitability assessment of a family (valutazione di idoneità): outcome, date, the staff member who made it.</summary>
public sealed record SuitabilityAssessment(SuitabilityOutcome Outcome, DateOnly AssessedOn, Guid AssessedById);
