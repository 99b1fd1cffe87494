using Hub.Domain.Audit;
using Hub.Domain.Documents;
using Hub.Domain.Organizations;

namespace Hub.Domain.Access;

/// <summary>How a role reaches rows (DESIGN §4, layer 2); a caller holding several roles reaches the union.</summary>
[Flags]
public enum Reach
{
    None = 0,
    /// <summary>Cases, discharge requests and residents of the caller's <c>zones</c>.</summary>
    Zones = 1,
    /// <summary>Residents of the caller's comune and their cases.</summary>
    Residents = 2,
    /// <summary>Persons named by codice fiscale in the request, and those of the caller's own discharge requests.</summary>
    Lookups = 4,
    /// <summary>Guests placed in the caller's <c>structures</c>.</summary>
    Guests = 8,
    /// <summary>The audit trail.</summary>
    AuditTrail = 16,
    /// <summary>Planning figures counted from persons, over every zone (territorial staff read them over their <c>zones</c>).</summary>
    Figures = 32,
    /// <summary>The history of master-data records (who changed which field when, from what to what).</summary>
    RegistryHistory = 64,
    /// <summary>The minors-and-families cases of the caller's <c>zones</c> (the Centro Affidi's affidi) and the zones' residents.</summary>
    MinorsCases = 128,
    /// <summary>The cases the caller's own Centro antiviolenza holds and the persons in them; no other reach sees those.</summary>
    Centre = 256,
}

/// <summary>
/// What one role grants: the organisation kinds that may hold it, the rows it reaches, its clearances and its permissions;
/// with <see cref="Permission.AttachDocuments"/>, the kinds of record it attaches documents to (<paramref name="Attaches"/>),
/// each still found through its row scope.
/// </summary>
public sealed record RoleGrant(HashSet<OrganizationKind>? OrganizationKinds, Reach Reach, Sensitivity Clearance, HashSet<Permission> Permissions,
    HashSet<DocumentOwnerKind>? Attaches = null)
{
    /// <summary>The roles that grant <paramref name="permission"/>, in declaration order.</summary>
    public static IEnumerable<Role> Holding(Permission permission) => Of.Where(grant => grant.Value.Permissions.Contains(permission)).Select(grant => grant.Key);

    private static readonly HashSet<DocumentOwnerKind> AnyRecord = [.. Enum.GetValues<DocumentOwnerKind>()];

    private static readonly HashSet<OrganizationKind> TerritorialBodies = [OrganizationKind.HealthAuthority, OrganizationKind.HealthSociety, OrganizationKind.Municipality];

    /// <summary>The reaches that work on persons' records: every one but the audit trail, planning figures and master data's history.</summary>
    public const Reach RecordReach = Reach.Zones | Reach.Residents | Reach.Lookups | Reach.Guests | Reach.MinorsCases | Reach.Centre;

    /// <summary>The reaches that need the caller's <c>zones</c> claim.</summary>
    public const Reach ZoneReach = Reach.Zones | Reach.MinorsCases;

    /// <summary>The matrix of DESIGN §4.</summary>
    public static readonly IReadOnlyDictionary<Role, RoleGrant> Of = new Dictionary<Role, RoleGrant>
    {
        // A hospital holds the HEALTH summary, never assessment detail (DESIGN §4); it attaches its discharge letter to its own
        // request (its row scope holds the hospital's own requests only), and to nothing else of the person's record.
        [Role.DischargePlanner] = new([OrganizationKind.Hospital], Reach.Lookups, Sensitivity.Personal | Sensitivity.HealthSummary,
            [Permission.SubmitDischargeRequests, Permission.AttachDocuments], [DocumentOwnerKind.DischargeRequest]),
        [Role.Acot] = new([OrganizationKind.HealthAuthority], Reach.Zones, Sensitivity.Personal | Sensitivity.Social | Sensitivity.Health | Sensitivity.HealthSummary,
            [Permission.HandleDischargeRequests]),
        // Court measures are JUDICIAL: an ordinary social worker sees a child-protection case, never the court's decrees (issue 17).
        [Role.SocialWorker] = new(TerritorialBodies, Reach.Zones,
            Sensitivity.Personal | Sensitivity.Social | Sensitivity.Health | Sensitivity.HealthSummary,
            [Permission.ManagePersons, Permission.ManageHouseholds, Permission.ManageCases, Permission.RecordAssessments, Permission.ManageCarePlans, Permission.RequestPlacements,
            Permission.HandleAccessRequests, Permission.AttachDocuments, Permission.ReferToFamilyCenters], AnyRecord),
        [Role.MunicipalOfficer] = new([OrganizationKind.Municipality], Reach.Residents, Sensitivity.Personal | Sensitivity.Social,
            [Permission.RecordMunicipalShare, Permission.HandleAccessRequests]),
        [Role.ProviderOperator] = new([OrganizationKind.Provider], Reach.Guests, Sensitivity.Personal | Sensitivity.HealthSummary,
            [Permission.OperatePlacements, Permission.PublishFreePlaces, Permission.DescribeStructures, Permission.ListCommunityMinors]),
        [Role.Analyst] = new([OrganizationKind.HealthSociety, OrganizationKind.Region], Reach.Figures, Sensitivity.Public, []),
        [Role.RegistryAdmin] = new(null, Reach.RegistryHistory, Sensitivity.Public, [Permission.ManageMasterData, Permission.DescribeStructures]),
        // Any organisation's privacy officer: a REGION's reads the network's trail, any other its own organisation's events (RowScopes.AuditEvent);
        // never with a role of RecordReach (Caller.FromClaims), whose body the trail would tell who else follows its persons.
        [Role.Auditor] = new(null, Reach.AuditTrail | Reach.RegistryHistory, Sensitivity.Public, []),
        // The only role that reads JUDICIAL fields: the tutela minori service works under the court's decrees.
        [Role.ChildProtectionWorker] = new(TerritorialBodies, Reach.Zones,
            Sensitivity.Personal | Sensitivity.Social | Sensitivity.Health | Sensitivity.HealthSummary | Sensitivity.Judicial,
            [Permission.ManagePersons, Permission.ManageHouseholds, Permission.ManageCases, Permission.RecordAssessments, Permission.ManageCarePlans, Permission.RequestPlacements,
            Permission.ManageCourtMeasures, Permission.AttachDocuments, Permission.ReferToFamilyCenters, Permission.ListCommunityMinors, Permission.ManageFosterCare], AnyRecord),
        [Role.FosterCareOfficer] = new(TerritorialBodies, Reach.MinorsCases, Sensitivity.Personal | Sensitivity.Social,
            [Permission.ManageFosterFamilies, Permission.ManageFosterCare]),
        // Manages its own cases as a zone's social worker manages the zone's (manager, team it names, state, diary), never a zone's: it serves no
        // zone (openCase), a centre's case is transferred to no zone (CareCase.RequestTransfer), and only the centre disposes of it (CaseWrites).
        [Role.AntiViolenceOperator] = new([OrganizationKind.AntiViolenceCentre], Reach.Centre, Sensitivity.Personal | Sensitivity.Social,
            [Permission.ManageAntiViolenceCases, Permission.ManageCases]),
    };
}
