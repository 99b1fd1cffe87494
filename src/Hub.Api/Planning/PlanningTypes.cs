using System.Linq.Expressions;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Figures;
using Hub.Api.GraphQL;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Api.Planning;

/// <summary>The fields every planning row shares: its zone, resolved in one batch.</summary>
public abstract class ZoneRowType<T> : HubObjectGraphType<T>
{
    protected ZoneRowType(string name, string description, Expression<Func<T, Guid>> zone)
        : base(name, $"{description} Aggregated: no personal data.", Sensitivity.Public) =>
        Reference<ZoneType>("zone", zone).Description("The zone-distretto (zona-distretto).");
}

internal static class SuppressibleRows
{
    /// <summary>The flag of a row derived from persons whose figures are withheld (see <see cref="SmallCells"/>).</summary>
    public static void Suppressible<T>(this ObjectGraphType<T> row) where T : ISuppressible =>
        row.Field<NonNullGraphType<BooleanGraphType>>("suppressed")
            .Description($"True when the row concerns fewer than {SmallCells.MinimumPersons} persons: its figures are null, so no one can be singled out.")
            .Sensitive(Sensitivity.Public).Resolve(context => context.Source.Suppressed);
}

public sealed class ModuleOccupancyType : ZoneRowType<ModuleOccupancy>
{
    public ModuleOccupancyType() : base("ModuleOccupancy", "Places of one module (occupazione del modulo).", r => r.ZoneId)
    {
        Reference<StructureModuleType>("module", r => r.ModuleId).Description("The module (modulo).");
        Field(r => r.StructureKind).Description("Kind of structure (tipologia).");
        Field(r => r.ModuleKind).Description("Kind of module (tipologia di modulo).");
        Field(r => r.ContractedPlaces).Description("Contracted places (posti convenzionati).");
        Field(r => r.OccupiedPlaces).Description("Places taken (posti occupati).");
        Field<NonNullGraphType<IntGraphType>>("freePlaces").Description("Places free (posti liberi).")
            .Resolve(context => context.Source.ContractedPlaces - context.Source.OccupiedPlaces);
    }
}

public sealed class ZoneOccupancyType : ZoneRowType<ZoneOccupancy>
{
    public ZoneOccupancyType() : base("ZoneOccupancy", "Places of all the structures in a zone (occupazione per zona).", r => r.ZoneId)
    {
        Field(r => r.ContractedPlaces).Description("Contracted places (posti convenzionati).");
        Field(r => r.OccupiedPlaces).Description("Places taken (posti occupati).");
        Field<NonNullGraphType<FloatGraphType>>("occupancyRate").Description("Occupied over contracted places, 0 to 1 (tasso di occupazione).")
            .Resolve(context => context.Source.ContractedPlaces == 0 ? 0 : Math.Round((double)context.Source.OccupiedPlaces / context.Source.ContractedPlaces, 3));
    }
}

public sealed class WaitingListType : ZoneRowType<WaitingList>
{
    public WaitingListType() : base("WaitingList", "The waiting list of one module (lista d'attesa).", r => r.ZoneId)
    {
        Reference<StructureModuleType>("module", r => r.ModuleId).Description("The module waited for (modulo).");
        Field(r => r.Waiting, nullable: true).Description("Placements waiting (in lista); null when suppressed.");
        Field(r => r.MedianWaitDays, nullable: true).Description("Median days waited so far since the request (attesa mediana, giorni); null when suppressed.");
        this.Suppressible();
    }
}

public sealed class CaseCountType : ZoneRowType<CaseCount>
{
    public CaseCountType() : base("CaseCount", "Cases of a zone in one state and area (prese in carico per stato e area).", r => r.ZoneId)
    {
        Field(r => r.Status).Description("State of the cases (stato).");
        Field(r => r.Area).Description("Area of need (area).");
        Field(r => r.Count, nullable: true).Description("How many (numero); null when suppressed.");
        this.Suppressible();
    }
}

public sealed class SocialWorkerCoverageType : ZoneRowType<SocialWorkerCoverage>
{
    public SocialWorkerCoverageType() : base("SocialWorkerCoverage", "Social workers of a zone against the LEPS of one per 5,000 residents (copertura assistenti sociali).", r => r.ZoneId)
    {
        Field(r => r.Population).Description("Residents (popolazione).");
        Field(r => r.SocialWorkerFte).Description("Social workers serving the zone in full-time equivalents; one serving several zones counts in each for an equal share (FTE).");
        Field(r => r.TargetFte).Description("Full-time social workers the LEPS asks for: residents / 5,000 (obiettivo LEPS).");
        Field(r => r.MeetsTarget).Description("Whether the zone reaches the LEPS (LEPS raggiunto).");
    }
}

public sealed class DischargeLeadTimeType : ZoneRowType<DischargeLeadTime>
{
    public DischargeLeadTimeType() : base("DischargeLeadTime", "Days from a ward's request to the protected discharge (tempi della dimissione protetta).", r => r.ZoneId)
    {
        Field(r => r.Discharged, nullable: true).Description("Requests ended in discharge (dimissioni); null when suppressed.");
        Field(r => r.MedianDays, nullable: true).Description("Median days from request to discharge (giorni, mediana); null when suppressed.");
        Field(r => r.AverageDays, nullable: true).Description("Average days from request to discharge (giorni, media); null when suppressed.");
        this.Suppressible();
    }
}
