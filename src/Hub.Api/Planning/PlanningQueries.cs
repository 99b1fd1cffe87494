using Hub.Domain.Common;
using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Persistence;

namespace Hub.Api.Planning;

/// <summary>Aggregated figures for the Società della Salute and the Region: occupancy, waiting, cases, coverage, discharge times.</summary>
public sealed class PlanningQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        Figures<ZoneOccupancyType, ZoneOccupancy>(query, "zoneOccupancy", "Places contracted and taken per zone (occupazione per zona).",
            (db, zone, _, ct) => PlanningFigures.ZonesAsync(db, zone, ct));
        Figures<ModuleOccupancyType, ModuleOccupancy>(query, "moduleOccupancy", "Places contracted and taken per module, by zone (occupazione per modulo).",
            (db, zone, _, ct) => PlanningFigures.ModulesAsync(db, zone, ct));
        Figures<WaitingListType, WaitingList>(query, "waitingLists", "Waiting-list length and median wait per zone and module (liste d'attesa).",
            (db, zone, today, ct) => PlanningFigures.WaitingListsAsync(db, zone, today, ct));
        Figures<CaseCountType, CaseCount>(query, "caseCounts", "Cases per zone, state and area (prese in carico).",
            (db, zone, _, ct) => PlanningFigures.CasesAsync(db, zone, ct));
        Figures<SocialWorkerCoverageType, SocialWorkerCoverage>(query, "socialWorkerCoverage", "Social-worker FTE per zone against the LEPS of 1 per 5,000 residents.",
            (db, zone, _, ct) => PlanningFigures.CoverageAsync(db, zone, ct));
        Figures<DischargeLeadTimeType, DischargeLeadTime>(query, "dischargeLeadTimes", "Days from discharge request to discharge per zone (tempi delle dimissioni protette).",
            (db, zone, _, ct) => PlanningFigures.DischargeLeadTimesAsync(db, zone, ct));
    }

    private static void Figures<TRowType, TRow>(ObjectGraphType query, string name, string description,
        Func<HubDbContext, Guid?, DateOnly, CancellationToken, Task<List<TRow>>> compute) where TRowType : IGraphType =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TRowType>>>>(name)
            .Description($"{description} Aggregated: no personal data.")
            .Argument<IdGraphType>("zone", "Only this zone (Zone id); all zones when omitted.")
            .ResolveAsync(async context =>
            {
                var today = context.RequestServices!.GetRequiredService<BusinessClock>().Today;
                // Figures count every row whoever asks (DESIGN §4: analysts see aggregates, yet reach no
                // row); they hold no personal data, so no row scope narrows them.
                await using var scope = SystemAccess.CreateScope(context.RequestServices!);
                var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
                return await compute(db, ZoneKey(context.GetArgument<string?>("zone")), today, context.CancellationToken);
            });

    private static Guid? ZoneKey(string? id) =>
        id is null ? null : GlobalId.Decode(id, "Zone");
}
