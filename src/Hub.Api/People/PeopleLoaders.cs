using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.People;

/// <summary>Batched reads of households and their members, joined in one statement when the query asks for both.</summary>
public static class PeopleLoaders
{
    /// <summary>The household of a person.</summary>
    public static readonly Loader<Guid, Household> HouseholdByPerson = new(async (request, keys, ct) =>
        await request.Db.HouseholdMembers.Where(m => keys.Contains(m.PersonId))
            .Join(request.Db.Households.AsNoTracking(), m => m.HouseholdId, h => h.Id, (m, h) => new { m.PersonId, Household = h })
            .ToDictionaryAsync(x => x.PersonId, x => x.Household, ct));

    /// <summary>The members of a household, each with its person, head of household first.</summary>
    public static readonly Loader<Guid, List<HouseholdMember>> MembersByHousehold = new(async (request, keys, ct) =>
        (await request.Db.HouseholdMembers.AsNoTracking().Include(m => m.Person).Where(m => keys.Contains(m.HouseholdId)).ToListAsync(ct))
            .GroupBy(m => m.HouseholdId).ToDictionary(g => g.Key, InFamilyOrder));

    /// <summary>The household of a person read with its members and their persons, which are handed to <see cref="MembersByHousehold"/>.</summary>
    public static readonly Loader<Guid, Household> HouseholdWithMembersByPerson = new(async (request, keys, ct) =>
    {
        var households = await request.Db.Households.AsNoTracking().Include(h => h.Members).ThenInclude(m => m.Person)
            .Where(h => h.Members.Any(m => keys.Contains(m.PersonId))).ToListAsync(ct);
        foreach (var household in households)
            request.Prime(MembersByHousehold, household.Id, InFamilyOrder(household.Members));
        return households.SelectMany(h => h.Members, (h, m) => (m.PersonId, Household: h))
            .Where(x => keys.Contains(x.PersonId)).ToDictionary(x => x.PersonId, x => x.Household);
    });

    /// <summary>The household of a person; with its members and their persons when those are selected too.</summary>
    public static IDataLoaderResult<Household?> LoadHouseholdOf(this IResolveFieldContext context, Guid personId) =>
        context.Load(context.Selects("members") ? HouseholdWithMembersByPerson : HouseholdByPerson, personId);

    // Ordered here rather than in SQL so that both reads above give the same order; a household
    // has a handful of members.
    private static List<HouseholdMember> InFamilyOrder(IEnumerable<HouseholdMember> members) =>
        members.OrderBy(m => m.Relationship).ThenBy(m => m.Person!.BirthDate).ToList();
}
