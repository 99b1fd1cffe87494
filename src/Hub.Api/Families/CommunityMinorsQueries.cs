using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Access;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Families;
using Hub.Domain.Minors;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Families;

/// <summary>The six-monthly list of the minors placed in communities (art. 9 c.2 L. 184/1983).</summary>
public sealed class CommunityMinorsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityMinorsListType>>>>("communityMinors")
            .Description("For a half-year, every minor placed in a community for minors (MINORS_COMMUNITY), per community: the list each community sends every six months to the "
                + "Procura presso il Tribunale per i minorenni (art. 9 c.2 L. 184/1983, as amended by L. 149/2001). A provider reads its own communities' lists; a child-protection "
                + "worker those of the minors of its zones; anyone else gets FORBIDDEN. Communities with nobody in the half-year are not listed.")
            .Argument<NonNullGraphType<IntGraphType>>("year", $"The year, e.g. 2026: from {HalfYear.FirstYear} to {HalfYear.LastYear}, the years of DateOnly (else BAD_USER_INPUT).")
            .Argument<NonNullGraphType<EnumerationGraphType<HalfOfYear>>>("half", "FIRST (January–June) or SECOND (July–December).")
            .Argument<IdGraphType>("structure", "Only this community (Structure id).")
            .Sensitive(Sensitivity.Personal)
            // Ordinary social workers and ACOT reach the same placements as the child-protection worker: the permission tells them apart.
            .Requires(Permission.ListCommunityMinors)
            .ResolveAsync(async context => await ListsAsync(context));

    private static async Task<List<CommunityMinorsList>> ListsAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var half = HalfOf(context.GetArgument<int>("year"), context.GetArgument<HalfOfYear>("half"));
        var structure = context.GetArgument<string?>("structure") is { } id ? GlobalId.Decode(id, "Structure") : (Guid?)null;
        var db = services.GetRequiredService<HubDbContext>();
        // The caller's row scope narrows the placements: a provider's structures, a child-protection worker's zones' cases. The list is
        // of minors: a stay run on past 18 (prosieguo amministrativo) is listed while its guest was a minor on some day of the half-year,
        // that is on its first day (the guests are the placements' persons, whom both readers reach).
        var bornAfter = ChildProtection.MinorsBornAfter(half.From);
        var placements = await db.Placements.AsNoTracking().Where(Communities.ActiveIn(half))
            .Where(p => db.Structures.Any(s => s.Id == p.StructureId && s.Kind == StructureKind.MinorsCommunity) && (structure == null || p.StructureId == structure))
            .Where(p => db.Persons.Any(x => x.Id == p.PersonId && x.BirthDate > bornAfter))
            .OrderBy(p => p.StructureId).ThenBy(p => p.AdmittedOn).ThenBy(p => p.Id).ToListAsync(context.CancellationToken);
        // A community placement always names its structure (only an affido has none).
        return [.. placements.GroupBy(p => p.StructureId!.Value).Select(g => new CommunityMinorsList(g.Key, half.From, half.To, [.. g]))];
    }

    // The half-year's own rule on the year, as the argument's refusal: a malformed request, not a domain change.
    private static HalfYear HalfOf(int year, HalfOfYear half)
    {
        try
        {
            return new HalfYear(year, half);
        }
        catch (DomainValidationException e)
        {
            throw HubErrors.BadInput(e.Message);
        }
    }
}
