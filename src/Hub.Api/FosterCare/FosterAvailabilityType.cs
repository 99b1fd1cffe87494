using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.FosterCare;

namespace Hub.Api.FosterCare;

/// <summary>A value of the family: its field carries the sensitivity.</summary>
public sealed class FosterAvailabilityType : HubObjectGraphType<FosterAvailability>
{
    public FosterAvailabilityType() : base("FosterAvailability", "What a foster family offers (disponibilità): kinds of affido, ages, places.", Sensitivity.Social)
    {
        Field(a => a.FullTime).Description("Accepts full-time affidi (a tempo pieno).");
        Field(a => a.PartTime).Description("Accepts part-time affidi (a tempo parziale).");
        Field(a => a.Residential).Description("Accepts residential affidi: the minor lives with the family (residenziale).");
        Field(a => a.Daytime).Description("Accepts daytime affidi (diurno).");
        Field(a => a.MinAge).Description("Youngest age accepted, in years (età minima).");
        Field(a => a.MaxAge).Description("Oldest age accepted, in years, up to 17 (età massima).");
        Field(a => a.Places).Description("How many minors at once (posti).");
    }
}
