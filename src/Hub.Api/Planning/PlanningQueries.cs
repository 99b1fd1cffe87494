using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.Figures;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Planning;

/// <summary>Aggregated figures for the Società della Salute and the Region: occupancy, waiting, cases, coverage, discharge times.</summary>
public sealed class PlanningQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        Figures<ZoneOccupancyType, ZoneOccupancy>(query, "zoneOccupancy", "Places contracted and taken per zone (occupazione per zona).",
            (db, zone, _, ct) => PlanningFigures.ZonesAsync(db, zone, ct), fromPersons: false);
        Figures<ModuleOccupancyType, ModuleOccupancy>(query, "moduleOccupancy", "Places contracted and taken per module, by zone (occupazione per modulo).",
            (db, zone, _, ct) => PlanningFigures.ModulesAsync(db, zone, ct), fromPersons: false);
        Figures<WaitingListType, WaitingList>(query, "waitingLists", "Waiting-list length and median wait per zone and module (liste d'attesa).",
            (db, zone, today, ct) => PlanningFigures.WaitingListsAsync(db, zone, today, ct), fromPersons: true);
        Figures<CaseCountType, CaseCount>(query, "caseCounts", "Cases per zone, state and area (prese in carico).",
            (db, zone, _, ct) => PlanningFigures.CasesAsync(db, zone, ct), fromPersons: true);
        Figures<SocialWorkerCoverageType, SocialWorkerCoverage>(query, "socialWorkerCoverage", "Social-worker FTE per zone against the LEPS of 1 per 5,000 residents.",
            (db, zone, _, ct) => PlanningFigures.CoverageAsync(db, zone, ct), fromPersons: false);
        Figures<DischargeLeadTimeType, DischargeLeadTime>(query, "dischargeLeadTimes", "Days from discharge request to discharge per zone (tempi delle dimissioni protette).",
            (db, zone, _, ct) => PlanningFigures.DischargeLeadTimesAsync(db, zone, ct), fromPersons: true);
    }

    /// <summary>
    /// A list of figures. Those about places (<paramref name="fromPersons"/> false) are open to every
    /// caller: social workers need them to find a bed. Those counted from persons suppress small
    /// cells and are read by planners over every zone and by territorial staff over their own
    /// zones (DESIGN §4); anyone else gets <c>FORBIDDEN</c>.
    /// </summary>
    private static void Figures<TRowType, TRow>(ObjectGraphType query, string name, string description,
        Func<HubDbContext, Guid?, DateOnly, CancellationToken, Task<List<TRow>>> compute, bool fromPersons) where TRowType : IGraphType where TRow : IZoneRow =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TRowType>>>>(name)
            .Description(fromPersons
                ? $"{description} Aggregated, cells under {SmallCells.MinimumPersons} persons suppressed; for analysts, and for territorial staff over their own zones."
                : $"{description} Aggregated: no personal data.")
            .Argument<IdGraphType>("zone", "Only this zone (Zone id); all zones when omitted.")
            .Costs(FigureCost)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var caller = services.GetRequiredService<RequestAccess>().Scope.Caller;
                var zones = fromPersons ? await ReadableZonesAsync(context, caller) : null;
                var zone = ZoneKey(context.GetArgument<string?>("zone"));
                var rows = await services.GetRequiredService<PlanningFigureCache>().GetAsync(name, zone, async () =>
                {
                    var today = services.GetRequiredService<BusinessClock>().Today;
                    // Figures count every row whoever asks (DESIGN §4: analysts see aggregates, yet reach no
                    // row); they hold no personal data, so no row scope narrows them.
                    await using var scope = SystemAccess.CreateScope(services);
                    return await compute(scope.ServiceProvider.GetRequiredService<HubDbContext>(), zone, today, context.CancellationToken);
                });
                return zones is null ? rows : rows.Where(row => zones.Contains(row.ZoneId)).ToList();
            });

    /// <summary>
    /// What a figure costs in the request's complexity, in rows' worth of work: it reads every
    /// structure of the territory and their modules, placements or cases, a few thousand rows
    /// at regional scale, grouped in the database. Twenty of them fill a request's budget.
    /// </summary>
    private const double FigureCost = 1000;

    /// <summary>Null for planners (every zone); the ids of a territorial caller's zones; FORBIDDEN for anyone else.</summary>
    internal static async Task<List<Guid>?> ReadableZonesAsync(IResolveFieldContext context, Caller caller)
    {
        if (caller.ReachesFigures)
            return null;
        if (caller.ReachesZones)
            return await context.RequestServices!.GetRequiredService<HubDbContext>().Zones.AsNoTracking()
                .Where(z => caller.ZoneCodes.Contains(z.Code)).Select(z => z.Id).ToListAsync(context.CancellationToken);
        context.RequestServices!.GetRequiredService<AuditTrail>().Denied(context, Sensitivity.Public);
        throw new ExecutionError($"{context.FieldDefinition.Name} is counted from persons: analysts read it, and territorial staff for their own zones.") { Code = "FORBIDDEN" };
    }

    private static Guid? ZoneKey(string? id) =>
        id is null ? null : GlobalId.Decode(id, "Zone");
}
