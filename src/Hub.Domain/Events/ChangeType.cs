namespace Hub.Domain.Events;

/// <summary>
/// What a domain event says happened (DESIGN §2, §3 <c>OutboxEvent</c>). Raised by the aggregates'
/// own methods; the event carries no data of the entity, only which one changed and to what version.
/// </summary>
public enum ChangeType
{
    /// <summary>A discharge request was filed or moved to another state (segnalazione di dimissione protetta).</summary>
    DischargeRequestStatusChanged,

    /// <summary>A case was opened (presa in carico).</summary>
    CaseOpened,

    /// <summary>A case was given a case manager.</summary>
    CaseAssigned,

    /// <summary>A case was closed or cancelled.</summary>
    CaseClosed,

    /// <summary>A care plan (PAP) came into force, or back into force after a suspension.</summary>
    CarePlanActivated,

    /// <summary>A care plan was suspended.</summary>
    CarePlanSuspended,

    /// <summary>A care plan was replaced by its next version.</summary>
    CarePlanSuperseded,

    /// <summary>A care plan was completed or revoked.</summary>
    CarePlanEnded,

    /// <summary>A placement (inserimento) was requested or moved to another state.</summary>
    PlacementStatusChanged,

    /// <summary>A module's places changed: published free places, contracted places, or a place taken or freed.</summary>
    FreePlacesChanged,

    /// <summary>A person's record was registered or changed.</summary>
    PersonChanged,
}
