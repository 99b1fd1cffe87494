using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>The batch reads of integrated care, each keyed by the id of the object that asks.</summary>
public static class CareLoaders
{
    /// <summary>A person's cases, newest first.</summary>
    public static readonly Loader<Guid, List<CareCase>> CasesByPerson =
        Loader.Children<CareCase>(c => c.PersonId, q => q.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id));

    /// <summary>A person's cases, newest first, read with their case managers, who are handed to the staff loader.</summary>
    public static readonly Loader<Guid, List<CareCase>> CasesWithManagersByPerson = new(async (request, keys, ct) =>
    {
        var db = request.Db;
        var rows = await (
            from careCase in db.CareCases.AsNoTracking().Where(c => keys.Contains(c.PersonId))
            join staff in db.StaffMembers on careCase.CaseManagerId equals (Guid?)staff.Id into managers
            from manager in managers.DefaultIfEmpty()
            orderby careCase.OpenedOn descending, careCase.Id
            select new { Case = careCase, Manager = manager }).ToListAsync(ct);
        foreach (var row in rows.Where(r => r.Manager is not null))
            request.PrimeById(row.Manager!);
        return rows.GroupBy(r => r.Case.PersonId).ToDictionary(g => g.Key, g => g.Select(r => r.Case).ToList());
    });

    /// <summary>A person's care-need level at the latest assessment; no value without one.</summary>
    public static readonly Loader<Guid, int?> CareNeedLevelByPerson = new(async (request, keys, ct) =>
        (await request.Db.Assessments.AsNoTracking().Where(a => keys.Contains(a.PersonId)).Select(a => new { a.PersonId, a.AssessedOn, a.CareNeedLevel }).ToListAsync(ct))
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => (int?)g.MaxBy(a => a.AssessedOn)!.CareNeedLevel));

    /// <summary>A case's assessments, newest first.</summary>
    public static readonly Loader<Guid, List<Assessment>> AssessmentsByCase =
        Loader.Children<Assessment>(a => a.CareCaseId, q => q.OrderByDescending(a => a.AssessedOn));

    /// <summary>A case's plans, every version, newest first.</summary>
    public static readonly Loader<Guid, List<CarePlan>> PlansByCase =
        Loader.Children<CarePlan>(p => p.CareCaseId, q => q.OrderByDescending(p => p.Revision));

    /// <summary>A case's history, in the order it happened.</summary>
    public static readonly Loader<Guid, List<CaseTransition>> HistoryByCase =
        Loader.Children<CaseTransition>(t => t.CareCaseId, q => q.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id));

    /// <summary>An assessment's UVM members, by surname.</summary>
    public static readonly Loader<Guid, List<StaffMember>> MembersByAssessment = new(async (request, keys, ct) =>
        (await request.Db.Set<Dictionary<string, object>>("AssessmentMembers").Where(j => keys.Contains(EF.Property<Guid>(j, "AssessmentId")))
            .Join(request.Db.StaffMembers.AsNoTracking(), j => EF.Property<Guid>(j, "StaffMemberId"), s => s.Id,
                (j, s) => new { Id = EF.Property<Guid>(j, "AssessmentId"), Member = s }).ToListAsync(ct))
            .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Select(x => x.Member).OrderBy(m => m.LastName).ToList()));

    /// <summary>A plan's interventions, by start.</summary>
    public static readonly Loader<Guid, List<Intervention>> InterventionsByPlan =
        Loader.Children<Intervention>(i => i.CarePlanId, q => q.OrderBy(i => i.StartsOn).ThenBy(i => i.Id));

    /// <summary>A plan's reviews, oldest first.</summary>
    public static readonly Loader<Guid, List<PlanReview>> ReviewsByPlan =
        Loader.Children<PlanReview>(r => r.CarePlanId, q => q.OrderBy(r => r.ReviewedOn).ThenBy(r => r.Id));

    /// <summary>An intervention's placements, by request.</summary>
    public static readonly Loader<Guid, List<Placement>> PlacementsByIntervention =
        Loader.Children<Placement>(p => p.InterventionId, q => q.OrderBy(p => p.RequestedOn).ThenBy(p => p.Id));
}
