using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Families;
using Hub.Domain.People;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Families;

[Description("Records what came of a referral: accepted, taken in charge, concluded or declined (esito).")]
public sealed record RecordReferralOutcomeInput(
    [property: Id, Description("The referral (FamilyCenterReferral id).")] string ReferralId,
    [property: Description("The new outcome: ACCEPTED, TAKEN_IN_CHARGE, CONCLUDED or DECLINED.")] ReferralOutcome Outcome,
    [property: Description("When; today when omitted; between the referral (or the previous outcome) and today.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the referral has changed since.")] long? ExpectedVersion);
