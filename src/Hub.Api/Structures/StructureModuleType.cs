using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

public sealed class StructureModuleType : EntityGraphType<StructureModule>
{
    public StructureModuleType() : base("StructureModule", "A module of a structure (modulo) with its places and daily tariff.")
    {
        this.Sensitive(Sensitivity.Public);
        Field(m => m.Kind).Description("Kind of module, which sets care intensity and tariff.");
        Field(m => m.Name).Description("Name of the module.");
        Field(m => m.AuthorisedPlaces).Description("Places the structure is authorised for (posti autorizzati).");
        Field(m => m.ContractedPlaces).Description("Places under contract with the public system (posti convenzionati).");
        Field(m => m.OccupiedPlaces).Description("Contracted places taken by admitted or absent guests (posti occupati).");
        Field(m => m.FreePlaces).Description("Contracted places still free (posti liberi).");
        Field(m => m.PublishedFreePlaces, nullable: true).Description("Free places the provider last published as offered (posti liberi pubblicati).")
            .Sensitive(Hub.Domain.Audit.Sensitivity.Public);
        Field(m => m.FreePlacesPublishedAt, nullable: true).Description("When the provider last published them (data di pubblicazione).")
            .Sensitive(Hub.Domain.Audit.Sensitivity.Public);
        Field<NonNullGraphType<DecimalGraphType>>("dailyHealthShare").Description("Health share per day, paid by the ASL (quota sanitaria, €).")
            .Resolve(context => context.Source.Tariff.DailyHealthShare);
        Field<NonNullGraphType<DecimalGraphType>>("dailySocialShare").Description("Social share per day, paid by the guest or the comune (quota sociale, €).")
            .Resolve(context => context.Source.Tariff.DailySocialShare);
        Field<NonNullGraphType<StructureType>>("structure").Description("The structure the module belongs to.")
            .Resolve(context => context.LoadById<Structure>(context.Source.StructureId));
        Field<NonNullGraphType<IntGraphType>>("placementsCount").Description("Placements holding a place in the module now (admitted or absent).")
            .Resolve(context => context.LoadPerParent("places held by module", context.Source.Id, async (db, keys, ct) =>
                await db.Placements.Where(p => keys.Contains(p.ModuleId) && (p.Status == PlacementStatus.Admitted || p.Status == PlacementStatus.Absent))
                    .GroupBy(p => p.ModuleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct)));
    }
}
