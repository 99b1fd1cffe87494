using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Audit;
using Hub.Domain.FosterCare;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.FosterCare;

/// <summary>Root field of foster care: the registry of foster families the caller keeps or places minors with.</summary>
public sealed class FosterCareQueries : IQueryFields
{
    /// <summary>The registry's default order: latest registered first.</summary>
    public static readonly SortOrder<FosterFamily> RegistrationOrder = SortOrder<FosterFamily>.By("registeredOn", f => f.RegisteredOn, descending: true);

    public void AddTo(ObjectGraphType query) =>
        query.Connection<object?, FosterFamilyType, FosterFamily>("fosterFamilies",
            "The foster families of the Centri Affidi of the caller's zones, latest registered first (banca dati delle famiglie affidatarie); seen by foster-care officers and child-protection workers only.",
            (_, db) => db.FosterFamilies.AsNoTracking(), RegistrationOrder).Sensitive(Sensitivity.Social);
}
