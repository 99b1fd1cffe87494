using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Care;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

public sealed class StructureModuleType : EntityGraphType<StructureModule>
{
    public StructureModuleType() : base("StructureModule", "A module of a structure (modulo) with its places and daily tariff. Sensitivity: PUBLIC.")
    {
        Field(m => m.Kind).Description("Kind of module, which sets care intensity and tariff.");
        Field(m => m.Name).Description("Name of the module.");
        Field(m => m.AuthorisedPlaces).Description("Places the structure is authorised for (posti autorizzati).");
        Field(m => m.ContractedPlaces).Description("Places under contract with the public system (posti convenzionati).");
        Field(m => m.OccupiedPlaces).Description("Contracted places taken by admitted or absent guests (posti occupati).");
        Field(m => m.FreePlaces).Description("Contracted places still free (posti liberi).");
        Field<NonNullGraphType<DecimalGraphType>>("dailyHealthShare").Description("Health share per day, paid by the ASL (quota sanitaria, €).")
            .Resolve(context => context.Source.Tariff.DailyHealthShare);
        Field<NonNullGraphType<DecimalGraphType>>("dailySocialShare").Description("Social share per day, paid by the guest or the comune (quota sociale, €).")
            .Resolve(context => context.Source.Tariff.DailySocialShare);
        Field<NonNullGraphType<StructureType>>("structure").Description("The structure the module belongs to.")
            .ResolveAsync(async context => await context.Db().Structures.AsNoTracking().SingleAsync(s => s.Id == context.Source.StructureId, context.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("placementsCount").Description("Placements holding a place in the module now (admitted or absent).")
            .ResolveAsync(async context => await context.Db().Placements.CountAsync(p => p.ModuleId == context.Source.Id
                && (p.Status == PlacementStatus.Admitted || p.Status == PlacementStatus.Absent), context.CancellationToken));
    }
}
