using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using GraphQLParser.AST;
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
/// persons are read again under theirs. The lookup by codice fiscale (<see cref="LookupAsync"/>) reads the person and these
/// parts in one statement.
/// </summary>
public static class PersonCare
{
    // One loader per combination of parts (seven at most): the combination is the loader's identity in a request.
    private static readonly ConcurrentDictionary<Parts, Loader<Guid, Summary>> Loaders = new();

    // The compiled reads, one per model (caller kind) and combination of parts (see Compile): by person ids, and by identifier.
    private static readonly ConcurrentDictionary<(IModel Model, Parts Parts), Func<HubDbContext, Guid[], IAsyncEnumerable<Row>>> Reads = new();
    private static readonly ConcurrentDictionary<(IModel Model, Parts Parts), Func<HubDbContext, string, IAsyncEnumerable<Row>>> Lookups = new();

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
        context.Load(LoaderOf(own | Selected(context.Parent?.SubFields)), personId);

    /// <summary>
    /// The hospital lookup: the person holding <paramref name="identifier"/> (normalised) under the context's row scope, null
    /// when none is reached, read in one statement with the parts of their care the query selects on them, which are handed to
    /// <see cref="Load"/> (issue 18: one round trip fewer; the parts keep their own tables' row scopes).
    /// </summary>
    /// <exception cref="InvalidOperationException">Two persons hold the identifier (a unique index forbids it).</exception>
    public static async Task<Person?> LookupAsync(IResolveFieldContext context, string identifier)
    {
        var request = context.RequestServices!.GetRequiredService<RequestLoaders>();
        var parts = Selected(context.SubFields);
        var read = Lookups.GetOrAdd((request.Db.Model, parts), static key => Compile(
            (HubDbContext db, string identifier) => db.Persons.AsNoTracking().Where(p => p.Identifier == identifier), key.Parts, withPerson: true));
        Row? found = null;
        await foreach (var row in read(request.Db, identifier).WithCancellation(context.CancellationToken))
            found = found is null ? row : throw new InvalidOperationException($"Two persons hold the identifier {identifier}.");
        if (found is not null && parts != Parts.None)
            request.Prime(LoaderOf(parts), found.PersonId, Summarize(request, found));
        return found?.Person;
    }

    private static Loader<Guid, Summary> LoaderOf(Parts parts) =>
        Loaders.GetOrAdd(parts, static parts => new((request, keys, ct) => FetchAsync(request, keys, parts, ct)));

    // The parts a selection names; when it cannot be told, the field's own part is read alone.
    private static Parts Selected(IDictionary<string, (GraphQLField Field, FieldType FieldType)>? selection) =>
        selection?.Values.Aggregate(Parts.None, (parts, selected) => parts | selected.FieldType.Name switch
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
        var read = Reads.GetOrAdd((db.Model, parts), static key => Compile((HubDbContext db, Guid[] keys) => db.Persons.AsNoTracking().Where(p => keys.Contains(p.Id)), key.Parts, withPerson: false));
        await foreach (var row in read(db, [.. keys]).WithCancellation(ct))
            found[row.PersonId] = Summarize(request, row);
        return found;
    }

    // A person's row as the fields answer it; the interventions and structures read with it go to their loaders.
    private static Summary Summarize(RequestLoaders request, Row row)
    {
        var plan = row.Plans?.MaxBy(p => p.Plan.SignedAt);
        if (plan is not null)
            request.Prime(CareLoaders.InterventionsByPlan, plan.Plan.Id, plan.Interventions);
        foreach (var structure in (row.Placements ?? []).Select(p => p.Structure).OfType<Structure>())
            request.PrimeById(structure);
        var manager = row.Managers?.MaxBy(m => m.OpenedOn)?.Manager;
        // Ordered here, as the placements field always was: newest request first, then by id.
        var placements = (row.Placements ?? []).Select(p => p.Placement).OrderByDescending(p => p.RequestedOn).ThenBy(p => p.Id).ToList();
        return new Summary(plan?.Plan, placements, manager);
    }

    /// <summary>
    /// (db, argument) => the persons <paramref name="persons"/> selects with the parts asked for, in one statement: few rows per
    /// person, so the collections' joins are cheaper than a round trip each. An EF Core compiled query: built, parameterised
    /// and looked up once, not per batch (profiled: building the tree, EF Core's parameter extraction and its query-cache
    /// lookup took 1.3 CPU-ms of a hospital lookup; issue 18). A compiled query is bound to the model it first ran on and
    /// refuses a context of another (EF Core throws <c>CompiledQueryDifferentModel</c>); each kind of caller has a model of
    /// its own holding its row scopes, so there is one per model and combination of parts, each only run on its kind.
    /// </summary>
    private static Func<HubDbContext, TArgument, IAsyncEnumerable<Row>> Compile<TArgument>(Expression<Func<HubDbContext, TArgument, IQueryable<Person>>> persons,
        Parts parts, bool withPerson)
    {
        var select = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Person), typeof(Row)], persons.Body,
            Expression.Quote(Selector(persons.Parameters[0], parts, withPerson)));
        var single = Expression.Call(typeof(RelationalQueryableExtensions), nameof(RelationalQueryableExtensions.AsSingleQuery), [typeof(Row)], select);
        return EF.CompileAsyncQuery(Expression.Lambda<Func<HubDbContext, TArgument, IQueryable<Row>>>(single, persons.Parameters));
    }

    /// <summary>
    /// person => new Row { PersonId = person.Id, Person = person when asked, the parts asked for }: a part not asked for is not
    /// in the statement.
    /// </summary>
    private static Expression<Func<Person, Row>> Selector(ParameterExpression db, Parts parts, bool withPerson)
    {
        var person = Expression.Parameter(typeof(Person), "person");
        var id = Expression.Property(person, nameof(Person.Id));
        List<MemberBinding> bindings = [Expression.Bind(typeof(Row).GetProperty(nameof(Row.PersonId))!, id)];
        if (withPerson)
            bindings.Add(Expression.Bind(typeof(Row).GetProperty(nameof(Row.Person))!, person));
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
        public Person? Person { get; set; }

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
