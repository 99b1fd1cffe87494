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

public sealed class FamilyCenterReferralSortInputType : SortInputType<FamilyCenterReferralSortInputType, FamilyCenterReferral>
{
    public FamilyCenterReferralSortInputType() : base("Sort keys of referrals to family centres.")
    {
        Key("referredOn", r => r.ReferredOn, "By referral date.");
    }
}
