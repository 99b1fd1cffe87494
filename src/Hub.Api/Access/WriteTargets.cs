using Hub.Domain.Care;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Api.Access;

/// <summary>How a mutation checks one of its targets against the caller (DESIGN §4, layer 4).</summary>
public enum TargetRule
{
    /// <summary>Found through the entity's row scope: a target the caller does not see is a <c>NotFoundError</c>.</summary>
    RowScope,
    /// <summary>Master data the caller must run (<see cref="Hub.Domain.Access.TargetChecks.EnsureOperates"/>): else a <c>ForbiddenError</c>.</summary>
    Operated,
    /// <summary>A zone the caller must serve (<see cref="Hub.Domain.Access.TargetChecks.EnsureServes"/>): else a <c>ForbiddenError</c>.</summary>
    Served,
    /// <summary>The caller's own organisation, named in the input: any other is a <c>ForbiddenError</c>.</summary>
    OwnOrganization,
    /// <summary>Master data the caller must keep (<see cref="Hub.Domain.Access.RegistryChecks"/>: by the Region, or by the body that runs or employs it): else a <c>ForbiddenError</c>.</summary>
    Kept,
    /// <summary>A new record whose identity must be unique: checked unscoped, refused with the same <c>ValidationError</c> whether the caller sees the holder or not.</summary>
    Unique,
    /// <summary>
    /// A registered person named by codice fiscale, found unscoped because naming them is how the caller comes to reach them
    /// (a foster family's adults, living and resident in the family's zone, whom the foster-care officer sees only once registered
    /// in a family; a woman an anti-violence centre takes under its protection, a living adult no other service follows): every
    /// other code (unknown, another zone's resident, a minor, the dead, a protected woman) is the same <c>ValidationError</c>.
    /// Also a record found through such persons: the family's household, taken only when one of its adults belongs to it.
    /// </summary>
    Identified,
    /// <summary>
    /// Rows read unscoped only for a domain rule about a target found through its row scope (the birth date or death of the person of
    /// a case, plan or intervention the caller reaches, who may live in another zone; the placements in course of a minor or a family,
    /// whoever's they are): nothing of them is returned or changed.
    /// </summary>
    ReadForRule,
    /// <summary>
    /// The placement a transfer replaces (<see cref="Placement.ReplacesId"/>), named through its row scope by the case's staff when they asked the new
    /// one: ended when the new one begins, by whoever begins it (the new structure's provider, who does not reach it); nothing of it is returned.
    /// </summary>
    Transferred,
    /// <summary>
    /// The closed cases of a woman a Centro antiviolenza takes under its protection, held by the zones that followed her: read unscoped and sealed
    /// (<see cref="CareCase.SealedOn"/>) so that nobody reaches them from then on; nothing of them is returned.
    /// </summary>
    Sealed,
}

/// <summary>One target of a mutation: the entity it changes or acts in, and how the caller is checked against it.</summary>
public sealed record WriteTarget(Type Entity, TargetRule Rule)
{
    public static WriteTarget Scoped<T>() => new(typeof(T), TargetRule.RowScope);
}

/// <summary>
/// The targets every mutation checks, in one table so a test walks the schema against it: a
/// mutation without an entry, or an entry whose rule does not fit its entity (a row scope on master
/// data, which has none), fails the build's tests. Kept here rather than beside each field while the
/// mutation files are being reshaped; each entry names the check its resolver makes.
/// </summary>
public static class WriteTargets
{
    private static readonly WriteTarget[] Case = [WriteTarget.Scoped<CareCase>()];

    // A change that disposes of the case (its state, team, manager, transfer) is made only by the staff of the case's own zone: checked on
    // every case write by CaseWrites, for a caller who reaches the case through its team.
    private static readonly WriteTarget[] DisposedCase = [WriteTarget.Scoped<CareCase>(), new(typeof(Zone), TargetRule.Served)];
    private static readonly WriteTarget[] Plan = [WriteTarget.Scoped<CarePlan>()];
    private static readonly WriteTarget[] Request = [WriteTarget.Scoped<DischargeRequest>()];
    private static readonly WriteTarget[] OnePlacement = [WriteTarget.Scoped<Placement>()];
    private static readonly WriteTarget[] OnePerson = [WriteTarget.Scoped<Person>()];
    private static readonly WriteTarget[] OneHousehold = [WriteTarget.Scoped<Household>()];
    private static readonly WriteTarget[] KeptStructure = [new(typeof(Structure), TargetRule.Kept)];
    private static readonly WriteTarget[] KeptModule = [new(typeof(StructureModule), TargetRule.Kept)];
    private static readonly WriteTarget[] AccessRequest = [WriteTarget.Scoped<Hub.Domain.SocialRecord.AccessRequest>()];

    public static readonly IReadOnlyDictionary<string, WriteTarget[]> Of = new Dictionary<string, WriteTarget[]>
    {
        ["registerPerson"] = [new(typeof(Person), TargetRule.Unique)],
        ["updatePerson"] = OnePerson,
        ["moveResidence"] = OnePerson,
        ["recordDeath"] = OnePerson,
        ["createHousehold"] = OnePerson,
        ["addHouseholdMember"] = [WriteTarget.Scoped<Household>(), WriteTarget.Scoped<Person>()],
        ["removeHouseholdMember"] = OneHousehold,
        ["recordIsee"] = OneHousehold,
        ["openCase"] = [WriteTarget.Scoped<Person>(), new(typeof(Zone), TargetRule.Served)],
        ["assignCaseManager"] = DisposedCase,
        ["startCaseAssessment"] = DisposedCase,
        ["suspendCase"] = DisposedCase,
        ["resumeCase"] = DisposedCase,
        ["reassessCase"] = DisposedCase,
        ["cancelCase"] = DisposedCase,
        ["closeCase"] = DisposedCase,
        ["reopenCase"] = [.. DisposedCase, new(typeof(Person), TargetRule.ReadForRule)],
        ["recordAssessment"] = Case,
        ["draftCarePlan"] = Case,
        ["addIntervention"] = Plan,
        ["changeIntervention"] = [WriteTarget.Scoped<Intervention>()],
        // Found through the row scope, then the person's residence must be the caller's comune (ForbiddenError otherwise).
        ["recordMunicipalShare"] = [WriteTarget.Scoped<Intervention>(), WriteTarget.Scoped<Person>()],
        ["removeIntervention"] = [WriteTarget.Scoped<Intervention>()],
        ["activateCarePlan"] = [WriteTarget.Scoped<CarePlan>(), WriteTarget.Scoped<Assessment>()],
        ["reviseCarePlan"] = Plan,
        ["proposeCarePlan"] = Plan,
        ["suspendCarePlan"] = Plan,
        ["resumeCarePlan"] = Plan,
        ["completeCarePlan"] = Plan,
        ["revokeCarePlan"] = Plan,
        ["submitDischargeRequest"] = [new(typeof(Organization), TargetRule.OwnOrganization)],
        ["acknowledgeDischargeRequest"] = Request,
        ["recordDischargeAssessment"] = Request,
        ["defineDischargePathway"] = Request,
        ["scheduleDischarge"] = Request,
        ["markDischarged"] = Request,
        ["cancelDischargeRequest"] = Request,
        ["requestPlacement"] = [WriteTarget.Scoped<Intervention>(), new(typeof(Person), TargetRule.ReadForRule), new(typeof(Placement), TargetRule.ReadForRule), WriteTarget.Scoped<Placement>()],
        ["offerPlace"] = OnePlacement,
        ["confirmPlacement"] = OnePlacement,
        ["waitlistPlacement"] = OnePlacement,
        ["declinePlacement"] = OnePlacement,
        ["cancelPlacement"] = OnePlacement,
        ["admitPlacement"] = [WriteTarget.Scoped<Placement>(), new(typeof(Placement), TargetRule.Transferred)],
        ["recordAbsence"] = OnePlacement,
        ["recordReturn"] = OnePlacement,
        ["dischargePlacement"] = OnePlacement,
        ["receiveAccessRequest"] = [new(typeof(Organization), TargetRule.OwnOrganization), WriteTarget.Scoped<Person>()],
        ["giveAccessRequestInformation"] = AccessRequest,
        ["referAccessRequest"] = AccessRequest,
        ["declareAccessRequestNotEligible"] = AccessRequest,
        ["withdrawAccessRequest"] = AccessRequest,
        ["openCaseFromAccessRequest"] = [WriteTarget.Scoped<Hub.Domain.SocialRecord.AccessRequest>(), WriteTarget.Scoped<Person>(), new(typeof(Zone), TargetRule.Served)],
        ["openChildProtectionCase"] = [WriteTarget.Scoped<Person>(), new(typeof(Zone), TargetRule.Served)],
        ["recordParentalResponsibility"] = [WriteTarget.Scoped<CareCase>(), WriteTarget.Scoped<Person>()],
        ["recordCourtMeasure"] = Case,
        ["setCourtDeadline"] = [WriteTarget.Scoped<Hub.Domain.Minors.CourtMeasure>()],
        ["fileCourtReport"] = [WriteTarget.Scoped<Hub.Domain.Minors.CourtDeadline>(), WriteTarget.Scoped<Hub.Domain.Minors.CourtMeasure>()],
        ["openAntiViolenceCase"] = [new(typeof(Organization), TargetRule.OwnOrganization), new(typeof(Person), TargetRule.Unique), new(typeof(Person), TargetRule.Identified),
            new(typeof(CareCase), TargetRule.Sealed)],
        ["placeInShelter"] = [WriteTarget.Scoped<CareCase>(), WriteTarget.Scoped<StructureModule>(), WriteTarget.Scoped<CarePlan>(), WriteTarget.Scoped<Placement>(),
            new(typeof(Placement), TargetRule.ReadForRule)],
        ["endShelterStay"] = [WriteTarget.Scoped<Placement>(), WriteTarget.Scoped<StructureModule>()],
        ["registerFosterFamily"] = [new(typeof(Zone), TargetRule.Served), new(typeof(Person), TargetRule.Identified), new(typeof(Household), TargetRule.Identified)],
        ["recordFosterTraining"] = [WriteTarget.Scoped<Hub.Domain.FosterCare.FosterFamily>()],
        ["assessFosterFamily"] = [WriteTarget.Scoped<Hub.Domain.FosterCare.FosterFamily>()],
        ["changeFosterAvailability"] = [WriteTarget.Scoped<Hub.Domain.FosterCare.FosterFamily>()],
        ["changeFosterFamilyHousehold"] = [WriteTarget.Scoped<Hub.Domain.FosterCare.FosterFamily>(), new(typeof(Household), TargetRule.Identified)],
        ["withdrawFosterFamily"] = [WriteTarget.Scoped<Hub.Domain.FosterCare.FosterFamily>()],
        ["startFosterCare"] = [WriteTarget.Scoped<Intervention>(), WriteTarget.Scoped<CarePlan>(), WriteTarget.Scoped<Hub.Domain.FosterCare.FosterFamily>(),
            WriteTarget.Scoped<Hub.Domain.Minors.CourtMeasure>(), new(typeof(Person), TargetRule.ReadForRule), new(typeof(Placement), TargetRule.ReadForRule), WriteTarget.Scoped<Placement>()],
        ["reviewFosterCare"] = OnePlacement,
        ["referToFamilyCenter"] = [new(typeof(Zone), TargetRule.Served), WriteTarget.Scoped<Household>(), WriteTarget.Scoped<Person>()],
        ["recordReferralOutcome"] = [WriteTarget.Scoped<Hub.Domain.Families.FamilyCenterReferral>()],
        ["endFosterCare"] = OnePlacement,
        ["addDiaryEntry"] = [WriteTarget.Scoped<CareCase>(), WriteTarget.Scoped<Hub.Domain.SocialRecord.DiaryEntry>()],
        ["attachDocument"] = [WriteTarget.Scoped<Person>(), WriteTarget.Scoped<CareCase>(), WriteTarget.Scoped<Assessment>(), WriteTarget.Scoped<CarePlan>(),
            WriteTarget.Scoped<DischargeRequest>(), WriteTarget.Scoped<Hub.Domain.Documents.Document>()],
        ["addCaseTeamMember"] = DisposedCase,
        ["endCaseTeamMembership"] = DisposedCase,
        ["transferCase"] = DisposedCase,
        ["acceptCaseTransfer"] = [WriteTarget.Scoped<CareCase>(), new(typeof(Zone), TargetRule.Served)],
        ["declineCaseTransfer"] = [WriteTarget.Scoped<CareCase>(), new(typeof(Zone), TargetRule.Served)],
        ["recordPlanReview"] = Plan,
        ["recordInformationContact"] = [new(typeof(Organization), TargetRule.OwnOrganization)],
        ["publishFreePlaces"] = [new(typeof(StructureModule), TargetRule.Operated)],
        ["registerStructure"] = [new(typeof(Organization), TargetRule.Kept), new(typeof(Structure), TargetRule.Unique)],
        ["changeStructure"] = KeptStructure,
        ["changeStructureContacts"] = KeptStructure,
        ["changeAccreditation"] = KeptStructure,
        ["moveStructureOperator"] = KeptStructure,
        ["closeStructure"] = KeptStructure,
        ["addModule"] = KeptStructure,
        ["changeModulePlaces"] = KeptModule,
        ["describeModule"] = KeptModule,
        ["closeModule"] = KeptModule,
        ["registerOrganization"] = [new(typeof(Organization), TargetRule.Kept)],
        ["renameOrganization"] = [new(typeof(Organization), TargetRule.Kept)],
        ["changeOrganizationCodes"] = [new(typeof(Organization), TargetRule.Kept)],
        ["closeOrganization"] = [new(typeof(Organization), TargetRule.Kept)],
        ["hireStaffMember"] = [new(typeof(Organization), TargetRule.Kept)],
        ["changeStaffMember"] = [new(typeof(StaffMember), TargetRule.Kept)],
        ["recordStaffLeaving"] = [new(typeof(StaffMember), TargetRule.Kept)],
        ["addService"] = [new(typeof(Service), TargetRule.Kept), new(typeof(Service), TargetRule.Unique)],
        ["changeService"] = [new(typeof(Service), TargetRule.Kept)],
        ["retireService"] = [new(typeof(Service), TargetRule.Kept)],
        ["openFamilyCenter"] = [new(typeof(FamilyCenter), TargetRule.Kept)],
        ["changeFamilyCenter"] = [new(typeof(FamilyCenter), TargetRule.Kept)],
        ["closeFamilyCenter"] = [new(typeof(FamilyCenter), TargetRule.Kept)],
        // Each line's structure or employer, checked as registerStructure and hireStaffMember do; the first refused line refuses the file.
        ["importStructures"] = [new(typeof(Organization), TargetRule.Kept), new(typeof(Structure), TargetRule.Kept)],
        ["importStaff"] = [new(typeof(Organization), TargetRule.Kept), new(typeof(StaffMember), TargetRule.Kept)],
    };
}
