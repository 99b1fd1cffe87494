using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.People;

/// <summary>Batched reads of households and their members, joined in one statement when the query asks for both.</summary>
internal static class HouseholdLoads
{
    private const string MembersByHousehold = "members by household";

    /// <summary>The household of a person; with its members and their persons when those are selected too.</summary>
    public static IDataLoaderResult<Household?> LoadHouseholdOf(this IResolveFieldContext context, Guid personId) =>
        context.Selects("members") ? context.LoadHouseholdWithMembersOf(personId) : context.LoadPerParent("household by person", personId, async (db, keys, ct) =>
            await db.HouseholdMembers.Where(m => keys.Contains(m.PersonId))
                .Join(db.Households.AsNoTracking(), m => m.HouseholdId, h => h.Id, (m, h) => new { m.PersonId, Household = h })
                .ToDictionaryAsync(x => x.PersonId, x => x.Household, ct));

    /// <summary>The members of a household, each with its person, head of household first.</summary>
    public static IDataLoaderResult<List<HouseholdMember>> LoadMembers(this IResolveFieldContext context, Guid householdId) =>
        context.LoadPerParent(MembersByHousehold, householdId, async (db, keys, ct) =>
            (await db.HouseholdMembers.AsNoTracking().Include(m => m.Person).Where(m => keys.Contains(m.HouseholdId)).ToListAsync(ct))
                .GroupBy(m => m.HouseholdId).ToDictionary(g => g.Key, InFamilyOrder))
        .Then(members => members ?? []);

    private static IDataLoaderResult<Household?> LoadHouseholdWithMembersOf(this IResolveFieldContext context, Guid personId)
    {
        var loaders = context.RequestServices!.GetRequiredService<RequestLoaders>();
        return context.LoadPerParent("household with members by person", personId, async (db, keys, ct) =>
        {
            var households = await db.Households.AsNoTracking().Include(h => h.Members).ThenInclude(m => m.Person)
                .Where(h => h.Members.Any(m => keys.Contains(m.PersonId))).ToListAsync(ct);
            foreach (var household in households)
                loaders.Prime(MembersByHousehold, household.Id, InFamilyOrder(household.Members));
            return households.SelectMany(h => h.Members, (h, m) => (m.PersonId, Household: h))
                .Where(x => keys.Contains(x.PersonId)).ToDictionary(x => x.PersonId, x => x.Household);
        });
    }

    // Ordered here rather than in SQL so that both reads above give the same order; a household
    // has a handful of members.
    private static List<HouseholdMember> InFamilyOrder(IEnumerable<HouseholdMember> members) =>
        members.OrderBy(m => m.Relationship).ThenBy(m => m.Person!.BirthDate).ToList();
}
