using Hub.Domain.Audit;
using Hub.Domain.Common;

namespace Hub.Domain.Access;

/// <summary>
/// The security state of one unit of work (DESIGN §2, §4): who acts, the clock stamps read, and
/// what the caller reached by naming it. Bound once to a context when the context is created
/// (<see cref="RequestAccess"/> for a request, <see cref="SystemAccess"/> for system work) and
/// never replaced; the only change it allows is appending a person the caller named.
/// </summary>
public sealed class AccessScope
{
    internal AccessScope(Caller caller, TimeProvider clock, IEnumerable<Guid> guests, int hospitalGraceDays = 0, BusinessClock? businessClock = null,
        IEnumerable<Guid>? teamPersons = null)
    {
        Caller = caller;
        Clock = clock;
        Today = (businessClock ?? new BusinessClock(clock)).Today;
        Guests = guests.ToList();
        TeamPersons = teamPersons?.ToList() ?? [];
        FosterRegistryZones = caller.May(Permission.ManageFosterCare) || caller.May(Permission.ManageFosterFamilies) ? [.. caller.ZoneCodes] : [];
        ClosedRequestsSince = clock.GetUtcNow().AddDays(-hospitalGraceDays);
        ReadsSocialDocuments = caller.MayRead(Sensitivity.Social);
        DocumentKindsAttached = [.. Enum.GetValues<Documents.DocumentOwnerKind>().Where(caller.MayAttachTo)];
        DocumentLevelsAttached = [.. Enum.GetValues<Sensitivity>().Where(level => DocumentKindsAttached.Any(kind => caller.MayReadDocument(kind, level)))];
    }

    /// <summary>A context nobody has bound reaches no row and may do nothing: forgetting to bind fails closed.</summary>
    internal static AccessScope Unbound(TimeProvider clock) => new(Caller.Nobody, clock, []);

    public Caller Caller { get; }

    /// <summary>Written into created/updated-by stamps and audit events: always the bound caller's subject.</summary>
    public string Actor => Caller.Subject;

    public TimeProvider Clock { get; }

    /// <summary>
    /// The business date the unit of work began on (<see cref="BusinessClock"/>): the day a case-team
    /// membership is judged current on, read by the case scope as an SQL parameter.
    /// </summary>
    public DateOnly Today { get; }

    /// <summary>A person born after this date is a minor on <see cref="Today"/> (<see cref="Minors.ChildProtection.MinorsBornAfter"/>).</summary>
    public DateOnly MinorsBornAfter => Minors.ChildProtection.MinorsBornAfter(Today);

    /// <summary>
    /// The identifiers (codice fiscale, STP/ENI) the caller named in this request: a hospital
    /// reaches a person by naming them, never by browsing. Read by the person scope as one SQL parameter.
    /// </summary>
    internal List<string> NamedIdentifiers { get; } = [];

    /// <summary>A provider caller's guests: the persons placed in its structures, found once when the scope was bound.</summary>
    internal List<Guid> Guests { get; }

    /// <summary>
    /// The persons of the cases whose team the caller's staff member is on today, found once when the scope was
    /// bound: a team member reaches the case's person whatever the zone, as a list because the person scope may
    /// not read cases (cases rest on persons).
    /// </summary>
    internal List<Guid> TeamPersons { get; }

    /// <summary>
    /// The zones whose foster registry the caller reads: its own zones when it places minors in foster care
    /// (<see cref="Permission.ManageFosterCare"/>) or keeps the registry (<see cref="Permission.ManageFosterFamilies"/>: a role
    /// that registers families reads them), none otherwise. A list fixed at binding, because the foster
    /// family scope must tell the child-protection worker from the social worker, who share a reach.
    /// </summary>
    internal List<string> FosterRegistryZones { get; }

    /// <summary>Whether the caller reads documents as the social record's (SOCIAL clearance): else only those of <see cref="DocumentKindsAttached"/>.</summary>
    internal bool ReadsSocialDocuments { get; }

    /// <summary>
    /// The kinds of record the caller's roles attach documents to, and the levels it may mark them with: a caller without SOCIAL
    /// reads, of the documents its scope reaches, those of these kinds and levels (<see cref="Caller.MayReadDocument"/>; the two
    /// lists are that rule for SQL, exact while a role without SOCIAL attaches to one kind of record, as a hospital does).
    /// </summary>
    internal List<Documents.DocumentOwnerKind> DocumentKindsAttached { get; }

    /// <inheritdoc cref="DocumentKindsAttached"/>
    internal List<Sensitivity> DocumentLevelsAttached { get; }

    /// <summary>
    /// A discharge request closed (discharged or cancelled) before this instant no longer lets its
    /// hospital reach the person: the end of the grace period (<see cref="AccessOptions.HospitalGraceDays"/>).
    /// </summary>
    public DateTimeOffset ClosedRequestsSince { get; }

    public IReadOnlyCollection<string> PersonsNamed => NamedIdentifiers;

    public IReadOnlyCollection<Guid> GuestsReached => Guests;

    /// <summary>Records that the caller named this person's identifier in the request (append-only).</summary>
    public void NamePerson(string identifier)
    {
        if (!NamedIdentifiers.Contains(identifier))
            NamedIdentifiers.Add(identifier);
    }
}
