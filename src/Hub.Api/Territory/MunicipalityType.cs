using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Territory;

public sealed class MunicipalityType : EntityGraphType<Municipality>
{
    public MunicipalityType() : base("Municipality", "A comune. Data: ISTAT, CC BY 3.0 IT. Sensitivity: PUBLIC.")
    {
        Field(m => m.IstatCode).Description("ISTAT code (codice ISTAT), six digits.");
        Field(m => m.CadastralCode).Description("Cadastral code (codice catastale / Belfiore), as used in the codice fiscale.");
        Field(m => m.Name).Description("Name of the comune.");
        Field<NonNullGraphType<ProvinceType>>("province").Description("The province (provincia).").Resolve(context => context.Source.Province);
        Field(m => m.Population).Description("Resident population (popolazione residente, latest census loaded).");
        Field<ZoneType>("zone").Description("The zone-distretto the comune belongs to today.")
            .ResolveAsync(async context => await context.Db().ZoneMemberships.AsNoTracking()
                .Where(m => m.MunicipalityId == context.Source.Id && m.ValidTo == null).Select(m => m.Zone).SingleOrDefaultAsync(context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZoneMembershipType>>>>("zoneHistory")
            .Description("Every zone the comune has belonged to, with dates (storico delle appartenenze).")
            .ResolveAsync(async context => await context.Db().ZoneMemberships.AsNoTracking()
                .Where(m => m.MunicipalityId == context.Source.Id).OrderBy(m => m.ValidFrom).ToListAsync(context.CancellationToken));
    }
}
