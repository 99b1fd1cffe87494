using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Minors;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Minors;

/// <summary>The batch reads of child protection, each keyed by the id of the object that asks.</summary>
public static class MinorsLoaders
{
    /// <summary>The report that opened a case.</summary>
    public static readonly Loader<Guid, FirstReport> ReportByCase = new(async (request, keys, ct) =>
        (await request.Db.FirstReports.AsNoTracking().Where(r => keys.Contains(r.CareCaseId)).ToListAsync(ct)).ToDictionary(r => r.CareCaseId));

    /// <summary>Who exercises parental responsibility in a case, in the order recorded.</summary>
    public static readonly Loader<Guid, List<ParentalResponsibility>> ResponsibilitiesByCase =
        Loader.Children<ParentalResponsibility>(r => r.CareCaseId, q => q.OrderBy(r => r.Since).ThenBy(r => r.Id));

    /// <summary>The shelter of an anti-violence case (only its centre reaches the row).</summary>
    public static readonly Loader<Guid, ProtectedAddress> ShelterByCase = new(async (request, keys, ct) =>
        (await request.Db.ProtectedAddresses.AsNoTracking().Where(a => keys.Contains(a.CareCaseId)).ToListAsync(ct)).ToDictionary(a => a.CareCaseId));

    /// <summary>A measure's deadlines, earliest due first.</summary>
    public static readonly Loader<Guid, List<CourtDeadline>> DeadlinesByMeasure =
        Loader.Children<CourtDeadline>(d => d.CourtMeasureId, q => q.OrderBy(d => d.DueOn).ThenBy(d => d.Id));
}
