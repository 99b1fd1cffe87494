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
