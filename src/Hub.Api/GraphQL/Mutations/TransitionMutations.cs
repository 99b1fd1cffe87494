namespace Hub.Api.GraphQL.Mutations;

/// <summary>
/// The mutations that perform each action of the domain's transition tables (<c>Hub.Domain.Common.TransitionTable</c>
/// in CareCase, CarePlan, Placement, DischargeRequest, AccessRequest, FamilyCenterReferral, CourtDeadline, FosterFamily), so a
/// refusal names what the client can call instead.
/// An action with no entry happens only as part of another mutation or of the system's work (a plan is
/// superseded when its revision is activated; an offer expires).
/// </summary>
public static class TransitionMutations
{
    public static readonly IReadOnlyDictionary<(string Entity, string Action), string[]> ByAction = new Dictionary<(string, string), string[]>
    {
        [("CareCase", "start assessment")] = ["startCaseAssessment"],
        [("CareCase", "activate")] = ["activateCarePlan"],
        [("CareCase", "suspend")] = ["suspendCase"],
        [("CareCase", "resume")] = ["resumeCase"],
        [("CareCase", "reassess")] = ["reassessCase"],
        [("CareCase", "close")] = ["closeCase"],
        [("CareCase", "cancel")] = ["cancelCase"],
        [("CareCase", "reopen")] = ["reopenCase"],
        [("CarePlan", "propose")] = ["proposeCarePlan"],
        [("CarePlan", "activate")] = ["activateCarePlan"],
        [("CarePlan", "suspend")] = ["suspendCarePlan"],
        [("CarePlan", "resume")] = ["resumeCarePlan"],
        [("CarePlan", "complete")] = ["completeCarePlan"],
        [("CarePlan", "revoke")] = ["revokeCarePlan"],
        [("CarePlan", "revise")] = ["reviseCarePlan"],
        [("CarePlan", "change interventions")] = ["addIntervention", "changeIntervention", "removeIntervention"],
        [("Placement", "waitlist")] = ["waitlistPlacement"],
        [("Placement", "offer")] = ["offerPlace"],
        [("Placement", "confirm")] = ["confirmPlacement"],
        [("Placement", "decline")] = ["declinePlacement"],
        [("Placement", "admit")] = ["admitPlacement"],
        [("Placement", "record absence")] = ["recordAbsence"],
        [("Placement", "record return")] = ["recordReturn"],
        [("Placement", "discharge")] = ["dischargePlacement"],
        [("Placement", "cancel")] = ["cancelPlacement"],
        [("DischargeRequest", "acknowledge")] = ["acknowledgeDischargeRequest"],
        [("DischargeRequest", "record assessment")] = ["recordDischargeAssessment"],
        [("DischargeRequest", "define pathway")] = ["defineDischargePathway"],
        [("DischargeRequest", "schedule")] = ["scheduleDischarge"],
        [("DischargeRequest", "mark discharged")] = ["markDischarged"],
        [("DischargeRequest", "cancel")] = ["cancelDischargeRequest"],
        [("Structure", "grant accreditation")] = ["changeAccreditation"],
        [("Structure", "renew accreditation")] = ["changeAccreditation"],
        [("Structure", "suspend accreditation")] = ["changeAccreditation"],
        [("Structure", "revoke accreditation")] = ["changeAccreditation"],
        [("AccessRequest", "give information")] = ["giveAccessRequestInformation"],
        [("AccessRequest", "refer")] = ["referAccessRequest"],
        [("AccessRequest", "open case")] = ["openCaseFromAccessRequest"],
        [("AccessRequest", "declare not eligible")] = ["declareAccessRequestNotEligible"],
        [("AccessRequest", "withdraw")] = ["withdrawAccessRequest"],
        [("FamilyCenterReferral", "accept")] = ["recordReferralOutcome"],
        [("FamilyCenterReferral", "take in charge")] = ["recordReferralOutcome"],
        [("FamilyCenterReferral", "conclude")] = ["recordReferralOutcome"],
        [("FamilyCenterReferral", "decline")] = ["recordReferralOutcome"],
        [("CourtDeadline", "file")] = ["fileCourtReport"],
        [("FosterFamily", "assess suitable")] = ["assessFosterFamily"],
        [("FosterFamily", "assess not suitable")] = ["assessFosterFamily"],
        [("FosterFamily", "withdraw")] = ["withdrawFosterFamily"],
    };

    /// <summary>The mutations performing <paramref name="actions"/> of <paramref name="entity"/>, each named once, in order.</summary>
    public static IReadOnlyList<string> For(string entity, IEnumerable<string> actions) =>
        [.. actions.SelectMany(action => ByAction.GetValueOrDefault((entity, action)) ?? []).Distinct()];
}
