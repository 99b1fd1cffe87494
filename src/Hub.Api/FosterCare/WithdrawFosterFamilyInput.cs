using System.ComponentModel;
using GraphQL;

namespace Hub.Api.FosterCare;

[Description("Withdraws a family from the foster registry (cancellazione dalla banca dati).")]
public sealed record WithdrawFosterFamilyInput(
    [property: Id, Description("The family (FosterFamily id); fostering no minor now.")] string FosterFamilyId,
    [property: Description("The version read; the change is refused when the family has changed since.")] long? ExpectedVersion);
