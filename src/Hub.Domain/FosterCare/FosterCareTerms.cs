namespace Hub.Domain.FosterCare;

/// <summary>
/// The terms of an affido familiare (L. 184/1983, art. 2–5): consensual or judicial — then with the court measure
/// (CourtMeasure) that orders it —, intra- or hetero-familial, full-time or part-time, residential or daytime.
/// </summary>
public sealed record FosterCareTerms(FosterCareBasis Basis, FosterCareRelation Relation, FosterCareSchedule Schedule, FosterCareSetting Setting, Guid? CourtMeasureId);
