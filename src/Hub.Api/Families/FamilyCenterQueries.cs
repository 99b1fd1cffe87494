using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Families;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Families;

/// <summary>Root fields of the Centri per le famiglie: the referrals a zone made, and what its centres are used for.</summary>
public sealed class FamilyCenterQueries : IQueryFields
{
    public static readonly SortOrder<FamilyCenterReferral> ReferralOrder = SortOrder<FamilyCenterReferral>.By("referredOn", r => r.ReferredOn, descending: true);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, FamilyCenterReferralType, FamilyCenterReferral>("familyCenterReferrals",
            "Referrals to the Centri per le famiglie of the caller's zones, newest first (invii ai Centri per le famiglie).",
            (_, db) => db.FamilyCenterReferrals.AsNoTracking(), ReferralOrder).Sensitive(Sensitivity.Social);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyCenterUseType>>>>("familyCenterUse")
            .Description("What the Centri per le famiglie are used for: referrals made in the period, counted per zone, centre, service and outcome; no personal data, "
                + "small cells suppressed. Within the caller's reach: a zone's staff count their zones' referrals, anyone else counts none.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The first day of the period.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The last day of the period, not before from.")
            .Argument<IdGraphType>("zone", "Only this zone (Zone id).")
            .Sensitive(Sensitivity.Public)
            .ResolveAsync(async context =>
            {
                var from = context.GetArgument<DateOnly>("from");
                var to = context.GetArgument<DateOnly>("to");
                if (to < from)
                    throw HubErrors.BadInput("The period's 'to' is before its 'from': give the last day after the first.");
                var zone = context.GetArgument<string?>("zone") is { } id ? GlobalId.Decode(id, "Zone") : (Guid?)null;
                return await FamilyCenterUse.OfAsync(context.RequestServices!.GetRequiredService<HubDbContext>(), from, to, zone, context.CancellationToken);
            });
    }
}
