using System.ComponentModel;

namespace Hub.Domain.Access;

/// <summary>
/// What a mutation needs the caller to be allowed to do (DESIGN §4, "may do"). Each mutation
/// names exactly one; roles grant them; the target's row scope is checked on top. One query needs one too:
/// <see cref="ListCommunityMinors"/>, since the roles that reach the same placements are not all the ones the law lets draw up the list.
/// </summary>
[Description("An action a role may be allowed to perform.")]
public enum Permission
{
    [Description("Register and update persons: identity, residence, death (anagrafica assistiti).")]
    ManagePersons,
    [Description("Manage households, their members and ISEE (nuclei familiari).")]
    ManageHouseholds,
    [Description("Open, assign, suspend, resume and close cases (presa in carico).")]
    ManageCases,
    [Description("Record UVM assessments (valutazione multidimensionale).")]
    RecordAssessments,
    [Description("Draft, change and move care plans and their interventions (PAP).")]
    ManageCarePlans,
    [Description("Request placements, waitlist, offer places, decline and cancel (inserimenti).")]
    RequestPlacements,
    [Description("Confirm, admit, record absences and returns, discharge guests of one's own structures (gestore).")]
    OperatePlacements,
    [Description("Publish the free places of one's own structures' modules (posti liberi).")]
    PublishFreePlaces,
    [Description("Submit and cancel protected discharge requests (dimissione protetta), as the hospital.")]
    SubmitDischargeRequests,
    [Description("Acknowledge, assess, define the pathway and schedule discharge requests (ACOT).")]
    HandleDischargeRequests,
    [Description("Record the share of a cost the comune pays (quota comunale).")]
    RecordMunicipalShare,
    [Description("Maintain master data: organisations, structures, modules, services, staff, family centres (each body its own; the Region accreditation and the catalogue).")]
    ManageMasterData,
    [Description("Change the contacts of structures and the descriptions of their modules: a provider those it runs, a registry administrator those it keeps.")]
    DescribeStructures,
    [Description("Receive and answer access requests at one's own desk (segretariato sociale, sportello sociale).")]
    HandleAccessRequests,
    [Description("Record the court's measures on a minor, the deadlines they set and the reports filed (tutela minori; JUDICIAL).")]
    ManageCourtMeasures,
    [Description("Attach documents (allegati) to the kinds of record one's role names: social and child-protection workers to persons, cases, assessments, "
        + "plans and discharge requests; a hospital's discharge planner to its own discharge requests only (the discharge letter).")]
    AttachDocuments,
    [Description("Open the cases of one's own Centro antiviolenza for the women it registers, with a protected address, and place them in and out of the centre's own shelter (percorso antiviolenza, casa rifugio).")]
    ManageAntiViolenceCases,
    [Description("Refer families and children to a Centro per le famiglie of one's zones and record what came of it (invio al Centro per le famiglie).")]
    ReferToFamilyCenters,
    [Description("Draw up the six-monthly list of the minors placed in a community for the Procura presso il Tribunale per i minorenni (art. 9 c.2 L. 184/1983): "
        + "a provider for its own communities, the child-protection service for the minors of its zones.")]
    ListCommunityMinors,
    [Description("Register the foster families of one's own zones' Centro Affidi, their training and suitability (banca dati affidi).")]
    ManageFosterFamilies,
    [Description("Start, review and end affidi familiari of the minors of one's own zones; read the foster registry of those zones.")]
    ManageFosterCare,
}
