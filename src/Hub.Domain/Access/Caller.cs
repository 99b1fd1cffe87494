using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Organizations;

namespace Hub.Domain.Access;

/// <summary>
/// Who is asking (DESIGN §4): a token's <c>sub</c>, <c>org</c>, <c>org_kind</c>, <c>roles</c>,
/// <c>zones</c> and <c>structures</c>, checked for consistency once, with what its roles grant.
/// The row scopes read the flags and lists here as SQL parameters.
/// </summary>
public sealed class Caller
{
    private Caller(string subject, Guid organizationId, OrganizationKind? organizationKind, IReadOnlySet<Role> roles,
        string[] zoneCodes, string[] structureCodes, bool unrestricted, Guid? staffMemberId = null)
    {
        Subject = subject;
        StaffMemberId = staffMemberId;
        OrganizationId = organizationId;
        OrganizationKind = organizationKind;
        Roles = roles;
        ZoneCodes = zoneCodes;
        StructureCodes = structureCodes;
        Unrestricted = unrestricted;
        var grants = roles.Select(role => RoleGrant.Of[role]).ToList();
        Reach = grants.Aggregate(Reach.None, (all, grant) => all | grant.Reach);
        Clearance = grants.Aggregate(Sensitivity.Public, (all, grant) => all | grant.Clearance);
        Permissions = grants.SelectMany(grant => grant.Permissions).ToHashSet();
        ReachesZones = Reach.HasFlag(Reach.Zones);
        ReachesResidents = Reach.HasFlag(Reach.Residents);
        ReachesLookups = Reach.HasFlag(Reach.Lookups);
        ReachesGuests = Reach.HasFlag(Reach.Guests);
        ReachesAuditTrail = Reach.HasFlag(Reach.AuditTrail);
        ReachesFigures = Reach.HasFlag(Reach.Figures);
    }

    /// <summary>
    /// Start-up, migrations, seeding, the CLI verbs and planning figures: every row, every field, every
    /// action, stamped as <paramref name="subject"/>. Internal: only <see cref="SystemAccess"/> hands it out.
    /// </summary>
    internal static Caller SystemActing(string subject) => new(subject, Guid.Empty, null, new HashSet<Role>(), [], [], unrestricted: true);

    /// <summary>A context nobody has identified yet reaches no row: forgetting to bind the caller fails closed.</summary>
    public static Caller Nobody { get; } = new("nobody", Guid.Empty, null, new HashSet<Role>(), [], [], unrestricted: false);

    /// <summary>The longest <c>sub</c> accepted: the size of the created/updated-by stamps.</summary>
    public const int SubjectLength = 100;

    public string Subject { get; }
    public Guid OrganizationId { get; }
    public OrganizationKind? OrganizationKind { get; }
    public IReadOnlySet<Role> Roles { get; }
    public string[] ZoneCodes { get; }
    public string[] StructureCodes { get; }
    public bool Unrestricted { get; }

    /// <summary>
    /// The staff member (StaffMember id) the caller is, from the token's <c>staff</c> claim: who writes a diary
    /// entry, and whose case-team memberships widen the cases reached. Null when the token names none.
    /// </summary>
    public Guid? StaffMemberId { get; }
    public Sensitivity Clearance { get; }

    /// <summary>
    /// The union of the roles' reaches: with <see cref="Unrestricted"/>, the caller's kind, which picks the row
    /// scope conditions its queries carry (<see cref="RowScopes"/>).
    /// </summary>
    public Reach Reach { get; }
    public IReadOnlySet<Permission> Permissions { get; }
    public bool ReachesZones { get; }
    public bool ReachesResidents { get; }
    public bool ReachesLookups { get; }
    public bool ReachesGuests { get; }
    public bool ReachesAuditTrail { get; }
    public bool ReachesFigures { get; }

    /// <summary>The roles as the audit trail records them, e.g. <c>social-worker,registry-admin</c>.</summary>
    public string AuditRoles => string.Join(',', Roles.Order().Select(role => role.Name()));

    public bool MayRead(Sensitivity sensitivity) => Unrestricted || (Clearance & sensitivity) == sensitivity;

    public bool May(Permission permission) => Unrestricted || Permissions.Contains(permission);

    /// <summary>Whether one of the caller's roles attaches documents to records of <paramref name="kind"/> (<see cref="RoleGrant.Attaches"/>).</summary>
    public bool MayAttachTo(Documents.DocumentOwnerKind kind) => Unrestricted || Roles.Any(role => RoleGrant.Of[role].Attaches?.Contains(kind) == true);

    /// <summary>
    /// A record the caller writes with its own level (a diary entry, a document) is marked either at the level its kind of
    /// record takes by default (<paramref name="usual"/>) or at a level the caller reads. Marking above one's clearance would
    /// file what the author cannot read back and, with JUDICIAL, hide an entry from the case's own team without the court's
    /// service involved. The default stays open to every author: a hospital files its discharge letter as HEALTH, which it
    /// holds only as a summary, because the letter is for the territorial team.
    /// </summary>
    /// <exception cref="ForbiddenException">The level is above the caller's clearance and not the default.</exception>
    /// <summary>
    /// Whether the caller reads a document of <paramref name="level"/> attached to a record of <paramref name="owner"/>'s kind
    /// (its metadata, name and file): with SOCIAL clearance and the document's own level, as the social record is read; or, for
    /// a kind of record its roles attach to, at any level it could mark the document with (<see cref="EnsureMayMark"/>): what one
    /// may file one may read back. A hospital reads the HEALTH discharge letters of its own requests, and nothing of the social record.
    /// </summary>
    public bool MayReadDocument(Documents.DocumentOwnerKind owner, Sensitivity level) =>
        MayRead(level | Sensitivity.Social) || MayAttachTo(owner) && (MayRead(level) || level == Documents.Document.DefaultLevel(owner));

    public void EnsureMayMark(Sensitivity level, Sensitivity usual)
    {
        if (level != usual && !MayRead(level))
            throw new ForbiddenException($"Your roles do not read {level.ToString().ToUpperInvariant()} data, so you cannot mark a record with that level: "
                + $"mark it {usual.ToString().ToUpperInvariant()} (the default) or a level you read.");
    }

    /// <summary>A caller from a token's claims; refuses missing or contradictory claims with a message saying which.</summary>
    public static Caller FromClaims(string? subject, string? organization, string? organizationKind, IReadOnlyCollection<string> roles,
        IReadOnlyCollection<string> zones, IReadOnlyCollection<string> structures, string? staff = null)
    {
        if (string.IsNullOrWhiteSpace(subject))
            throw new InvalidCallerException("The token has no 'sub' claim.");
        // The subject goes into every stamp (100 characters) and audit event written for the caller.
        if (subject.Length > SubjectLength || subject.Any(char.IsControl))
            throw new InvalidCallerException($"The token's 'sub' claim must be at most {SubjectLength} characters, without control characters.");
        if (!Guid.TryParse(organization, out var organizationId))
            throw new InvalidCallerException("The token's 'org' claim must be the organisation's id (a UUID).");
        var kind = ParseKind(organizationKind);
        var parsed = ParseRoles(roles);
        foreach (var role in parsed.Where(role => RoleGrant.Of[role].OrganizationKinds is { } kinds && !kinds.Contains(kind)))
            throw new InvalidCallerException($"Role '{role.Name()}' cannot be held by an organisation of kind {ClaimName(kind)}.");
        // The trail names who read whom in which role: joined to a role that works on persons' records, it would tell that body which
        // other services follow its persons (a hospital that a child has a protection case), what the row scopes hide from it.
        if (parsed.Contains(Role.Auditor) && parsed.Where(role => (RoleGrant.Of[role].Reach & RoleGrant.RecordReach) != 0).Select(role => (Role?)role).FirstOrDefault() is { } working)
            throw new InvalidCallerException($"Role 'auditor' cannot be combined with role '{working.Name()}', which works on persons' records: an auditor holds the trail apart.");
        if (parsed.Any(UsesZones) && zones.Count == 0)
            throw new InvalidCallerException($"Roles {ZoneRoles} need the 'zones' claim: the zone codes served.");
        // A territory the roles cannot serve is a contradiction, not a harmless extra: refused like the others.
        if (zones.Count > 0 && !parsed.Any(UsesZones))
            throw new InvalidCallerException($"The 'zones' claim belongs to {ZoneRoles} callers only.");
        if (parsed.Contains(Role.ProviderOperator) && structures.Count == 0)
            throw new InvalidCallerException("Role provider-operator needs the 'structures' claim: the regional codes of its structures.");
        if (!parsed.Contains(Role.ProviderOperator) && structures.Count > 0)
            throw new InvalidCallerException("The 'structures' claim belongs to provider-operator callers only.");
        var staffMemberId = ParseStaff(staff, parsed);
        return new Caller(subject, organizationId, kind, parsed, zones.Distinct().ToArray(), structures.Distinct().ToArray(), unrestricted: false, staffMemberId);
    }

    private static bool UsesZones(Role role) => (RoleGrant.Of[role].Reach & RoleGrant.ZoneReach) != 0;

    private static string ZoneRoles => string.Join(", ", Enum.GetValues<Role>().Where(UsesZones).Select(role => role.Name()));

    /// <summary>The <c>org_kind</c> claim value: <c>HealthAuthority</c> → <c>HEALTH_AUTHORITY</c>, as the schema spells it.</summary>
    public static string ClaimName(OrganizationKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{c}" : char.ToUpperInvariant(c).ToString()));

    private static OrganizationKind ParseKind(string? value) =>
        Enum.GetValues<OrganizationKind>().Where(kind => ClaimName(kind) == value).Select(kind => (OrganizationKind?)kind).FirstOrDefault()
        ?? throw new InvalidCallerException($"The token's 'org_kind' claim must be one of {string.Join(", ", Enum.GetValues<OrganizationKind>().Select(ClaimName))}.");

    // Only territorial staff and a centre's operators are staff members of a case team; the registry checks the id is the organisation's own.
    private static Guid? ParseStaff(string? staff, HashSet<Role> roles)
    {
        if (staff is null)
            return null;
        if (!Guid.TryParse(staff, out var id))
            throw new InvalidCallerException("The token's 'staff' claim must be the caller's StaffMember id (a UUID).");
        if (!roles.Any(role => UsesZones(role) || role == Role.AntiViolenceOperator))
            throw new InvalidCallerException($"The 'staff' claim belongs to {ZoneRoles} and {Role.AntiViolenceOperator.Name()} callers only.");
        return id;
    }

    private static HashSet<Role> ParseRoles(IReadOnlyCollection<string> names)
    {
        if (names.Count == 0)
            throw new InvalidCallerException("The token has no 'roles' claim.");
        var roles = new HashSet<Role>();
        foreach (var name in names)
            roles.Add(RoleNames.TryParse(name, out var role)
                ? role
                : throw new InvalidCallerException($"Unknown role '{name}'; roles are {string.Join(", ", RoleNames.All)}."));
        return roles;
    }
}

/// <summary>A token whose claims do not describe a caller the hub can serve.</summary>
public sealed class InvalidCallerException(string message) : DomainException(message);
