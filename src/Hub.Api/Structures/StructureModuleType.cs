using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Structures;

public sealed class StructureModuleType : EntityGraphType<StructureModule>
{
    public StructureModuleType() : base("A module of a structure (modulo) with its places and daily tariff.", Sensitivity.Public)
    {
        Field(m => m.Kind).Description("Kind of module, which sets care intensity and tariff.");
        Field(m => m.Name).Description("Name of the module.");
        Field(m => m.AuthorisedPlaces).Description("Places the structure is authorised for (posti autorizzati).");
        Field(m => m.ContractedPlaces).Description("Places under contract with the public system (posti convenzionati).");
        Field(m => m.OccupiedPlaces).Description("Contracted places taken by admitted or absent guests (posti occupati).");
        Field(m => m.FreePlaces).Description("Contracted places still free (posti liberi).");
        Field(m => m.PublishedFreePlaces, nullable: true).Description("Free places the provider last published as offered (posti liberi pubblicati).");
        Field(m => m.FreePlacesPublishedAt, nullable: true).Description("When the provider last published them (data di pubblicazione).");
        Field<NonNullGraphType<DecimalGraphType>>("dailyHealthShare").Description("Health share per day, paid by the ASL (quota sanitaria, €).")
            .Resolve(context => context.Source.Tariff.DailyHealthShare);
        Field<NonNullGraphType<DecimalGraphType>>("dailySocialShare").Description("Social share per day, paid by the guest or the comune (quota sociale, €).")
            .Resolve(context => context.Source.Tariff.DailySocialShare);
        Field(m => m.EffectiveFrom, nullable: true).Description("The day from which the current places and shares apply (decorrenza); null for those the module was set up with.");
        Reference<StructureType>("structure", m => m.StructureId).Description("The structure the module belongs to.");
        Field<NonNullGraphType<IntGraphType>>("placementsCount").Description("Placements holding a place in the module now (admitted or absent).")
            .Resolve(context => context.Load(StructureLoaders.PlacesHeldByModule, context.Source.Id));
    }
}
