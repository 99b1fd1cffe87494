using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Care;
using Hub.Domain.FosterCare;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.FosterCare;

/// <summary>The batch reads of foster care, each keyed by the id of the object that asks.</summary>
public static class FosterCareLoaders
{
    /// <summary>A family's adults, through the caller's person scope, in the order registered.</summary>
    public static readonly Loader<Guid, List<Person>> ParentsByFamily = new(async (request, keys, ct) =>
        (await (from family in request.Db.FosterFamilies.AsNoTracking()
                where keys.Contains(family.Id)
                from parent in family.Parents
                join person in request.Db.Persons.AsNoTracking() on parent.PersonId equals person.Id
                select new { FamilyId = family.Id, Person = person }).ToListAsync(ct))
            .GroupBy(x => x.FamilyId).ToDictionary(g => g.Key, g => g.Select(x => x.Person).ToList()));

    /// <summary>An affido's reviews, earliest first.</summary>
    public static readonly Loader<Guid, List<FosterCareReview>> ReviewsByPlacement =
        Loader.Children<FosterCareReview>(r => r.PlacementId, q => q.OrderBy(r => r.ReviewedOn).ThenBy(r => r.Id));
}
