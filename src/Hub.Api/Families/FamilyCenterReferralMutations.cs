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

public sealed class FamilyCenterReferralPayloadType() : PayloadType<FamilyCenterReferralType>("FamilyCenterReferralPayload", "referral",
    "The result of a referral to a Centro per le famiglie or of recording its outcome.", Sensitivity.Social);

[Description("Refers a family, a child or both to a Centro per le famiglie of one's zones (invio).")]
public sealed record ReferToFamilyCenterInput(
    [property: Id, Description("The centre (FamilyCenter id).")] string FamilyCenterId,
    [property: Id, Description("The family (Household id); give it, the child, or both.")] string? HouseholdId,
    [property: Id, Description("The child, a minor (Person id); give it, the family, or both.")] string? ChildId,
    [property: Column<FamilyCenterReferral>(nameof(FamilyCenterReferral.Service)), Description("One of the services the centre offers (FamilyCenter.services), e.g. 'mediazione familiare'.")] string Service,
    [property: Column<FamilyCenterReferral>(nameof(FamilyCenterReferral.Reason)), Description("Why, in words (motivo); never counted in the zone's figures.")] string? Reason,
    [property: Description("Referral date; today when omitted; not in the future.")] DateOnly? ReferredOn);

[Description("Records what came of a referral: accepted, taken in charge, concluded or declined (esito).")]
public sealed record RecordReferralOutcomeInput(
    [property: Id, Description("The referral (FamilyCenterReferral id).")] string ReferralId,
    [property: Description("The new outcome: ACCEPTED, TAKEN_IN_CHARGE, CONCLUDED or DECLINED.")] ReferralOutcome Outcome,
    [property: Description("When; today when omitted; between the referral (or the previous outcome) and today.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the referral has changed since.")] long? ExpectedVersion);

/// <summary>Referrals to Centri per le famiglie by the social workers of the centre's zone.</summary>
public sealed class FamilyCenterReferralMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ReferToFamilyCenterInput, FamilyCenterReferralPayloadType>("referToFamilyCenter",
            "Refers a family and/or a child to a Centro per le famiglie of a zone the caller serves, for one of the services it offers (invio al Centro per le famiglie).",
            Permission.ReferToFamilyCenters, ReferAsync);
        mutation.Change<RecordReferralOutcomeInput, FamilyCenterReferral, FamilyCenterReferralPayloadType>("recordReferralOutcome",
            "Records what came of a referral, as the centre reports it (esito dell'invio).",
            Permission.ReferToFamilyCenters, i => new(i.ReferralId, i.ExpectedVersion), (m, r, i) => r.Record(i.Outcome, i.On ?? m.Today, m.Today));
    }

    private static async Task<Entity> ReferAsync(MutationContext m, ReferToFamilyCenterInput input)
    {
        var center = await m.FindEntity<FamilyCenter>(input.FamilyCenterId);
        m.Db.Scope.Caller.EnsureServes(await m.Db.Zones.SingleAsync(z => z.Id == center.ZoneId, m.CancellationToken));
        // The family and the child are found through the caller's scopes: one it does not reach is not found.
        var household = await m.FindOptional<Household>(input.HouseholdId);
        var child = await m.FindOptional<Person>(input.ChildId);
        var referral = new FamilyCenterReferral(center, household, child, input.Service, input.Reason, input.ReferredOn ?? m.Today, m.Today);
        m.Db.FamilyCenterReferrals.Add(referral);
        return referral;
    }
}
