using Hub.Api.GraphQL;
using GraphQL;
using Hub.Api.GraphQL.Paging;
using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.Organizations;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

/// <summary>A person's care as the hospital and the services look it up: cases, plan, placements, whom to call.</summary>
public static class PersonCareFields
{
    private static readonly CareCaseStatus[] OpenStates =
        [CareCaseStatus.Referred, CareCaseStatus.Assessing, CareCaseStatus.Active, CareCaseStatus.Suspended, CareCaseStatus.Reassessing];

    public static void AddCareFields(this ObjectGraphType<Person> person)
    {
        person.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CareCaseType>>>>("cases").Description("The person's cases, newest first (prese in carico). Sensitivity: SOCIAL.")
            .WithComplexityImpact(1, 2).Sensitive(Sensitivity.Social)
            .Reads().Resolve(context => context.LoadCasesOf(context.Source.Id));
        person.Field<CarePlanGraphType>("activeCarePlan").Description("The plan in force, if any: the latest active one (PAP attivo). Sensitivity: SOCIAL.")
            .Sensitive(Sensitivity.Social).Reads()
            .Resolve(context => context.LoadPerParent("active plan by person", context.Source.Id, async (db, keys, ct) =>
                (await db.CarePlans.AsNoTracking().Where(p => keys.Contains(p.PersonId) && p.Status == CarePlanStatus.Active).ToListAsync(ct))
                    .GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.SignedAt)!)));
        person.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements").Description("The person's placements, newest request first (inserimenti). Sensitivity: SOCIAL.")
            .WithComplexityImpact(1, 2).Sensitive(Sensitivity.Social).Reads()
            .Resolve(context => context.LoadChildren<Placement>("placements by person", context.Source.Id, p => p.PersonId, q => q.OrderByDescending(p => p.RequestedOn).ThenBy(p => p.Id)));
        person.Field<StaffMemberType>("caseManager").Description("The case manager of the person's most recent open case: whom to call (responsabile del caso). Sensitivity: PERSONAL.")
            .Sensitive(Sensitivity.Personal).Reads()
            .Resolve(context => context.LoadPerParent("case manager by person", context.Source.Id, async (db, keys, ct) =>
                (await db.CareCases.AsNoTracking().Where(c => keys.Contains(c.PersonId) && OpenStates.Contains(c.Status) && c.CaseManagerId != null)
                    .Join(db.StaffMembers.AsNoTracking(), c => c.CaseManagerId, s => s.Id, (c, s) => new { c.PersonId, c.OpenedOn, Manager = s }).ToListAsync(ct))
                    .GroupBy(x => x.PersonId).ToDictionary(g => g.Key, g => g.MaxBy(x => x.OpenedOn)!.Manager)));
    }

    /// <summary>A person's cases, newest first; with their case managers in the same statement when <c>caseManager</c> is selected below.</summary>
    private static IDataLoaderResult<List<CareCase>> LoadCasesOf(this IResolveFieldContext context, Guid personId)
    {
        if (!context.Selects("caseManager"))
            return context.LoadChildren<CareCase>("cases by person", personId, c => c.PersonId, q => q.OrderByDescending(c => c.OpenedOn).ThenBy(c => c.Id));
        return context.LoadPerParent("cases with managers by person", personId, async (db, keys, ct) =>
        {
            var rows = await (
                from careCase in db.CareCases.AsNoTracking().Where(c => keys.Contains(c.PersonId))
                join staff in db.StaffMembers on careCase.CaseManagerId equals (Guid?)staff.Id into managers
                from manager in managers.DefaultIfEmpty()
                orderby careCase.OpenedOn descending, careCase.Id
                select new { Case = careCase, Manager = manager }).ToListAsync(ct);
            foreach (var row in rows.Where(r => r.Manager is not null))
                context.PrimeById(row.Manager!);
            return rows.GroupBy(r => r.Case.PersonId).ToDictionary(g => g.Key, g => g.Select(r => r.Case).ToList());
        }).Then(cases => cases ?? []);
    }
}
