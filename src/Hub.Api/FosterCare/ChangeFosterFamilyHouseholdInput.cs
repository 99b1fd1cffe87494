using System.ComponentModel;
using GraphQL;

namespace Hub.Api.FosterCare;

[Description("Records a family's household anew (nucleo familiare): the family moved, or its household was recorded wrong.")]
public sealed record ChangeFosterFamilyHouseholdInput(
    [property: Id, Description("The family (FosterFamily id); not WITHDRAWN.")] string FosterFamilyId,
    [property: Id, Description("The household the family lives in now (Household id), one of its adults belongs to; none to record no household.")] string? HouseholdId,
    [property: Description("The version read; the change is refused when the family has changed since.")] long? ExpectedVersion);
