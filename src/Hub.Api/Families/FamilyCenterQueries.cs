using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Figures;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Planning;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Families;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Families;

/// <summary>Root fields of the Centri per le famiglie: the referrals a zone made, and what its centres are used for.</summary>
public sealed class FamilyCenterQueries : IQueryFields
{
    /// <summary>The referrals' default order: latest referred first.</summary>
    public static readonly SortOrder<FamilyCenterReferral> ReferralOrder = SortOrder<FamilyCenterReferral>.By("referredOn", r => r.ReferredOn, descending: true);

    public void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, FamilyCenterReferralType, FamilyCenterReferral>("familyCenterReferrals",
            "Referrals to the Centri per le famiglie of the caller's zones, newest first (invii ai Centri per le famiglie).",
            (_, db) => db.FamilyCenterReferrals.AsNoTracking(), ReferralOrder).Sensitive(Sensitivity.Social);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyCenterUseType>>>>("familyCenterUse")
            .Description("What the Centri per le famiglie are used for: referrals made in the period, counted per zone, centre, service and outcome; no personal data, "
                + $"cells under {SmallCells.MinimumPersons} families suppressed. Like the planning figures counted from persons: analysts read every zone, territorial staff "
                + "their own zones, anyone else gets FORBIDDEN.")
            .Period()
            .Argument<IdGraphType>("zone", "Only this zone (Zone id).")
            .Sensitive(Sensitivity.Public)
            .ResolveAsync(async context =>
            {
                var (from, to) = context.PeriodOf();
                var zone = context.GetArgument<string?>("zone") is { } id ? GlobalId.Decode(id, "Zone") : (Guid?)null;
                var services = context.RequestServices!;
                var zones = await PlanningQueries.ReadableZonesAsync(context, services.GetRequiredService<RequestAccess>().Scope.Caller);
                // Counted over every referral, as the planning figures are: the cells name no one, and an analyst reaches no referral's row.
                await using var scope = SystemAccess.CreateScope(services);
                var rows = await FamilyCenterUse.OfAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), from, to, zone, context.CancellationToken);
                return zones is null ? rows : rows.Where(row => zones.Contains(row.ZoneId)).ToList();
            });
    }
}
