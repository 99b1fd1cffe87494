using System.ComponentModel;
using GraphQL;

namespace Hub.Api.FosterCare;

[Description("Changes what a family of the registry offers (disponibilità).")]
public sealed record ChangeFosterAvailabilityInput(
    [property: Id, Description("The family (FosterFamily id); not WITHDRAWN.")] string FosterFamilyId,
    [property: Description("What the family offers from now on: at least one schedule and one setting.")] FosterAvailabilityInput Availability,
    [property: Description("The version read; the change is refused when the family has changed since.")] long? ExpectedVersion);
