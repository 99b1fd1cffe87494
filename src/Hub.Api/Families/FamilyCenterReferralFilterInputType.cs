using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Relay;
using Hub.Api.GraphQL.Sorting;
using Hub.Api.People;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Families;

namespace Hub.Api.Families;

public sealed class FamilyCenterReferralFilterInputType : FilterInputType<FamilyCenterReferralFilterInputType, FamilyCenterReferral>
{
    public FamilyCenterReferralFilterInputType() : base("Conditions on referrals to family centres.")
    {
        Enum<EnumerationGraphType<ReferralOutcome>, ReferralOutcome>("outcome", r => r.Outcome, "Where it stands.");
        Comparable<DateOnlyGraphType, DateOnly>("referredOn", r => r.ReferredOn, "When the family was referred.");
    }
}
