using System.ComponentModel;

namespace Hub.Domain.Events;

/// <summary>
/// What a domain event says happened (DESIGN §2, §3 <c>OutboxEvent</c>). Raised by the aggregates'
/// own methods; the event carries no data of the entity, only which one changed and to what version.
/// </summary>
[Description("What a change in the outbox says happened; the change carries no data of the object, only which one and its version.")]
public enum ChangeType
{
    [Description("A discharge request was filed or moved to another state (segnalazione di dimissione protetta).")]
    DischargeRequestStatusChanged,

    [Description("A case was opened (presa in carico).")]
    CaseOpened,

    [Description("A case was given a case manager.")]
    CaseAssigned,

    [Description("A case was closed or cancelled.")]
    CaseClosed,

    [Description("A care plan (PAP) came into force, or back into force after a suspension.")]
    CarePlanActivated,

    [Description("A care plan was suspended.")]
    CarePlanSuspended,

    [Description("A care plan was replaced by its next version.")]
    CarePlanSuperseded,

    [Description("A care plan was completed or revoked.")]
    CarePlanEnded,

    [Description("A placement (inserimento) was requested or moved to another state.")]
    PlacementStatusChanged,

    [Description("A module's places changed: published free places, contracted places, or a place taken or freed.")]
    FreePlacesChanged,

    [Description("A person's record was registered or changed.")]
    PersonChanged,

    [Description("An access request (domanda / segnalazione) was received or answered.")]
    AccessRequestStatusChanged,
}
