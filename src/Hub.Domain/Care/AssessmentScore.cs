namespace Hub.Domain.Care;

/// <summary>The score of one domain of the assessment instrument (e.g. "ADL", "IADL", "cognitive").</summary>
public sealed record AssessmentScore(string Domain, decimal Score);
