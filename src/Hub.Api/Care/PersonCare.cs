using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Api.Care;

/// <summary>
/// What the hospital lookup reads of a person's care: the plan in force with its interventions, the placements
/// with their structures, the case manager of the latest open case. Whichever of <c>activeCarePlan</c>,
/// <c>placements</c> and <c>caseManager</c> a query selects side by side are read in one statement for every person
/// asked at that level (issue 18: the lookup in at most 3 statements with its audit), and the interventions and
/// structures read with them are handed to their loaders, so the level below costs no statement. Each part is a
/// correlated subquery of its own table under the request's model, so each keeps that table's row scope; the
/// persons are read again under theirs.
/// </summary>
public static class PersonCare
{
    // One loader per combination of parts (seven at most): the combination is the loader's identity in a request.
    private static readonly ConcurrentDictionary<Parts, Loader<Guid, Summary>> Loaders = new();

    // The compiled reads, one per model (caller kind) and combination of parts (see Compile).
    private static readonly ConcurrentDictionary<(IModel Model, Parts Parts), Func<HubDbContext, Guid[], IAsyncEnumerable<Row>>> Reads = new();

    /// <summary>The person fields read together, named by their schema field.</summary>
    [Flags]
    public enum Parts
    {
        /// <summary>Nothing.</summary>
        None = 0,

        /// <summary><c>activeCarePlan</c>, with the plan's interventions.</summary>
        Plan = 1,

        /// <summary><c>placements</c>, with their structures.</summary>
        Placements = 2,

        /// <summary><c>caseManager</c>.</summary>
        Manager = 4,
    }

    /// <summary>A person's care as read: the latest signed active plan, the placements newest request first, the case manager.</summary>
    public sealed record Summary(CarePlan? ActivePlan, List<Placement> Placements, StaffMember? CaseManager);

    /// <summary>
    /// The care of <paramref name="personId"/>, read with every part the query selects beside <paramref name="own"/>
    /// on the same person, batched with the other persons of this level.
    /// </summary>
    public static IDataLoaderResult<Summary?> Load(IResolveFieldContext context, Parts own, Guid personId) =>
        context.Load(Loaders.GetOrAdd(own | Siblings(context), static parts => new((request, keys, ct) => FetchAsync(request, keys, parts, ct))), personId);

    // The parent's selection names the siblings; when it cannot be told, the field's own part is read alone.
    private static Parts Siblings(IResolveFieldContext context) =>
        context.Parent?.SubFields?.Values.Aggregate(Parts.None, (parts, selected) => parts | selected.FieldType.Name switch
        {
            "activeCarePlan" => Parts.Plan,
            "placements" => Parts.Placements,
            "caseManager" => Parts.Manager,
            _ => Parts.None,
        }) ?? Parts.None;

    private static async Task<Dictionary<Guid, Summary>> FetchAsync(RequestLoaders request, IReadOnlyCollection<Guid> keys, Parts parts, CancellationToken ct)
    {
        var db = request.Db;
        var found = new Dictionary<Guid, Summary>();
        await foreach (var row in Reads.GetOrAdd((db.Model, parts), static key => Compile(key.Parts))(db, [.. keys]).WithCancellation(ct))
        {
            var plan = row.Plans?.MaxBy(p => p.Plan.SignedAt);
            if (plan is not null)
                request.Prime(CareLoaders.InterventionsByPlan, plan.Plan.Id, plan.Interventions);
            foreach (var structure in (row.Placements ?? []).Select(p => p.Structure).OfType<Structure>())
                request.PrimeById(structure);
            var manager = row.Managers?.MaxBy(m => m.OpenedOn)?.Manager;
            // Ordered here, as the placements field always was: newest request first, then by id.
            var placements = (row.Placements ?? []).Select(p => p.Placement).OrderByDescending(p => p.RequestedOn).ThenBy(p => p.Id).ToList();
            found[row.PersonId] = new Summary(plan?.Plan, placements, manager);
        }
        return found;
    }

    /// <summary>
    /// (db, keys) => the persons of keys with the parts asked for, in one statement: few rows per person, so the collections'
    /// joins are cheaper than a round trip each. An EF Core compiled query: built, parameterised and looked up once, not
    /// per batch (profiled: building the tree, EF Core's parameter extraction and its query-cache lookup took 1.3 CPU-ms of
    /// a hospital lookup; issue 18). Like <see cref="People.PersonLookup"/> it is bound to the model it first runs on, so
    /// there is one per model (caller kind) and combination of parts.
    /// </summary>
    private static Func<HubDbContext, Guid[], IAsyncEnumerable<Row>> Compile(Parts parts)
    {
        Expression<Func<HubDbContext, Guid[], IQueryable<Person>>> persons = (db, keys) => db.Persons.AsNoTracking().Where(p => keys.Contains(p.Id));
        var select = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Person), typeof(Row)], persons.Body, Expression.Quote(Selector(persons.Parameters[0], parts)));
        var single = Expression.Call(typeof(RelationalQueryableExtensions), nameof(RelationalQueryableExtensions.AsSingleQuery), [typeof(Row)], select);
        return EF.CompileAsyncQuery(Expression.Lambda<Func<HubDbContext, Guid[], IQueryable<Row>>>(single, persons.Parameters));
    }

    /// <summary>person => new Row { PersonId = person.Id, the parts asked for }: a part not asked for is not in the statement.</summary>
    private static Expression<Func<Person, Row>> Selector(ParameterExpression db, Parts parts)
    {
        var person = Expression.Parameter(typeof(Person), "person");
        var id = Expression.Property(person, nameof(Person.Id));
        List<MemberBinding> bindings = [Expression.Bind(typeof(Row).GetProperty(nameof(Row.PersonId))!, id)];
        if (parts.HasFlag(Parts.Plan))
            bindings.Add(Bind(nameof(Row.Plans), PlansOf, db, id));
        if (parts.HasFlag(Parts.Placements))
            bindings.Add(Bind(nameof(Row.Placements), PlacementsOf, db, id));
        if (parts.HasFlag(Parts.Manager))
            bindings.Add(Bind(nameof(Row.Managers), ManagersOf, db, id));
        return Expression.Lambda<Func<Person, Row>>(Expression.MemberInit(Expression.New(typeof(Row)), bindings), person);
    }

    private static MemberAssignment Bind<T>(string member, Expression<Func<HubDbContext, Guid, T>> part, ParameterExpression db, Expression personId) =>
        Expression.Bind(typeof(Row).GetProperty(member)!,
            ParameterSwap.Replace(ParameterSwap.Replace(part.Body, part.Parameters[0], db), part.Parameters[1], personId));

    private static readonly Expression<Func<HubDbContext, Guid, List<PlanRow>>> PlansOf = (db, personId) =>
        db.CarePlans.Where(p => p.PersonId == personId && p.Status == CarePlanStatus.Active)
            .Select(p => new PlanRow { Plan = p, Interventions = db.Interventions.Where(i => i.CarePlanId == p.Id).OrderBy(i => i.StartsOn).ThenBy(i => i.Id).ToList() })
            .ToList();

    private static readonly Expression<Func<HubDbContext, Guid, List<PlacementRow>>> PlacementsOf = (db, personId) =>
        db.Placements.Where(p => p.PersonId == personId)
            // A left join: an affido (FOSTER_CARE) has no structure.
            .SelectMany(p => db.Structures.Where(s => s.Id == p.StructureId).DefaultIfEmpty(), (p, s) => new PlacementRow { Placement = p, Structure = s })
            .ToList();

    private static readonly Expression<Func<HubDbContext, Guid, List<ManagerRow>>> ManagersOf = (db, personId) =>
        db.CareCases.Where(c => c.PersonId == personId && CareCase.OpenStatuses.Contains(c.Status) && c.CaseManagerId != null)
            .Join(db.StaffMembers, c => c.CaseManagerId, s => s.Id, (c, s) => new ManagerRow { OpenedOn = c.OpenedOn, Manager = s })
            .ToList();

    private sealed class Row
    {
        public Guid PersonId { get; set; }

        public List<PlanRow>? Plans { get; set; }

        public List<PlacementRow>? Placements { get; set; }

        public List<ManagerRow>? Managers { get; set; }
    }

    private sealed class PlanRow
    {
        public required CarePlan Plan { get; set; }

        public required List<Intervention> Interventions { get; set; }
    }

    private sealed class PlacementRow
    {
        public required Placement Placement { get; set; }

        public Structure? Structure { get; set; }
    }

    private sealed class ManagerRow
    {
        public DateOnly OpenedOn { get; set; }

        public required StaffMember Manager { get; set; }
    }
}
