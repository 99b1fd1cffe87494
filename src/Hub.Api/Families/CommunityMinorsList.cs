using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.Structures;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Families;

/// <summary>The minors one community had in a half-year: the list it sends to the Procura.</summary>
public sealed record CommunityMinorsList(Guid StructureId, DateOnly From, DateOnly To, IReadOnlyList<Placement> Placements);

/// <summary>A community's six-monthly list: PERSONAL, since it names the minors and where they live.</summary>
public sealed class CommunityMinorsListType : HubObjectGraphType<CommunityMinorsList>
{
    public CommunityMinorsListType() : base("CommunityMinorsList",
        "The minors placed in one community for minors during a half-year (elenco semestrale dei minori collocati, art. 9 c.2 L. 184/1983 as amended by L. 149/2001), "
        + "as the community sends it to the Procura presso il Tribunale per i minorenni.", Sensitivity.Personal)
    {
        Reference<StructureType>("structure", l => l.StructureId).Description("The community (struttura).").Sensitive(Sensitivity.Public);
        Field(l => l.From).Description("The half-year's first day (1 January or 1 July).").Sensitive(Sensitivity.Public);
        Field(l => l.To).Description("The half-year's last day (30 June or 31 December).").Sensitive(Sensitivity.Public);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements")
            .Description("Each placement of a minor in the community active at any time in the half-year (admitted on or before its last day, not discharged before its first), by admission date.")
            .Resolve(context => context.Source.Placements);
    }
}
