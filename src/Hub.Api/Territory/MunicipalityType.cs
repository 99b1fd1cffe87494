using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;
using Hub.Domain.Territory;

namespace Hub.Api.Territory;

public sealed class MunicipalityType : EntityGraphType<Municipality, MunicipalityFilterInputType, MunicipalitySortInputType>
{
    public MunicipalityType() : base("A comune. Data: ISTAT, CC BY 3.0 IT.", Sensitivity.Public)
    {
        Field(m => m.IstatCode).Description("ISTAT code (codice ISTAT), six digits.");
        Field(m => m.CadastralCode).Description("Cadastral code (codice catastale / Belfiore), as used in the codice fiscale.");
        Field(m => m.Name).Description("Name of the comune.");
        Field<NonNullGraphType<ProvinceType>>("province").Description("The province (provincia).").Resolve(context => context.Source.Province);
        Field(m => m.Population).Description("Resident population (popolazione residente, latest census loaded).");
        Field<ZoneType>("zone").Description("The zone-distretto the comune belongs to today.").Reads()
            .Resolve(context => context.Load(TerritoryLoaders.CurrentZoneByMunicipality, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ZoneMembershipType>>>>("zoneHistory")
            .Description("Every zone the comune has belonged to, with dates (storico delle appartenenze).").Reads()
            .Resolve(context => context.LoadList(TerritoryLoaders.ZoneHistoryByMunicipality, context.Source.Id));
    }
}
