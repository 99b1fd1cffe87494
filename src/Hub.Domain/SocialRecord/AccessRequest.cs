using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Events;
using Hub.Domain.Services;

namespace Hub.Domain.SocialRecord;

/// <summary>
/// A request for social help received at a desk (domanda / segnalazione al segretariato sociale o
/// sportello sociale): who asked, for whom, for which service, and the answer owed within the
/// service's maximum wait. Made by <see cref="AccessDesk"/>, which applies the catalogue's rules.
/// </summary>
public sealed class AccessRequest : AuditableEntity
{
    private static readonly AccessRequestStatus[] Answerable = [AccessRequestStatus.Received];

    private static readonly TransitionTable<AccessRequestStatus> Transitions = new TransitionTable<AccessRequestStatus>(nameof(AccessRequest))
        .Allow("give information", AccessRequestStatus.InformationGiven, Answerable)
        .Allow("refer", AccessRequestStatus.Referred, Answerable)
        .Allow("open case", AccessRequestStatus.CaseOpened, Answerable)
        .Allow("declare not eligible", AccessRequestStatus.NotEligible, Answerable)
        .Allow("withdraw", AccessRequestStatus.Withdrawn, Answerable);

    private AccessRequest() { }

    internal AccessRequest(AccessRequestDesk desk, AccessRequestSubject subject, Service service, RequesterKind requesterKind, string? requesterName,
        DateOnly receivedOn, DateOnly today)
    {
        Guard.NotFuture(receivedOn, today, nameof(ReceivedOn));
        (DeskOrganizationId, AccessPointId, ZoneId) = (desk.OrganizationId, desk.AccessPointId, desk.ZoneId);
        (PersonId, FirstName, LastName, BirthDate, ResidenceMunicipalityId) =
            (subject.PersonId, Guard.Required(subject.FirstName, nameof(FirstName)), Guard.Required(subject.LastName, nameof(LastName)), subject.BirthDate, subject.ResidenceMunicipalityId);
        RequesterKind = requesterKind;
        RequesterName = Guard.Optional(requesterName, nameof(RequesterName));
        ServiceId = service.Id;
        Area = service.Area;
        ReceivedOn = receivedOn;
        DueOn = service.MaximumWaitDays is { } days ? receivedOn.AddDays(days) : null;
        Raise(ChangeType.AccessRequestStatusChanged);
    }

    /// <summary>The organisation whose desk received it (a comune, an Azienda USL, a Società della Salute).</summary>
    public Guid DeskOrganizationId { get; private set; }

    /// <summary>The access point (Structure of kind ACCESS_POINT) where it was received, when one.</summary>
    public Guid? AccessPointId { get; private set; }

    /// <summary>The zone-distretto of the desk: whose staff answer it.</summary>
    public Guid ZoneId { get; private set; }

    public RequesterKind RequesterKind { get; private set; }

    /// <summary>Who asked, in words, when not the person (e.g. "la figlia", "Scuola primaria Collodi").</summary>
    public string? RequesterName { get; private set; }

    /// <summary>The registered person it is for; null while only the minimal identity is known.</summary>
    public Guid? PersonId { get; private set; }

    // Minimal identity, kept also for a registered person as it was stated at the desk.
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly? BirthDate { get; private set; }

    /// <summary>The comune of residence stated or registered: what the residency rule is checked against.</summary>
    public Guid ResidenceMunicipalityId { get; private set; }

    /// <summary>The requested service (catalogue entry) and its area of need.</summary>
    public Guid ServiceId { get; private set; }
    public ServiceArea Area { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Received on plus the service's maximum wait; null when the service sets none.</summary>
    public DateOnly? DueOn { get; private set; }

    public AccessRequestStatus Status { get; private set; } = AccessRequestStatus.Received;
    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>The answer in words: the information given, where it was referred, or why it is not eligible or was withdrawn.</summary>
    public string? Outcome { get; private set; }

    /// <summary>The case opened on it (state CASE_OPENED).</summary>
    public Guid? CareCaseId { get; private set; }

    /// <summary>Days from receipt to answer; null while unanswered.</summary>
    public int? DaysToAnswer => AnsweredOn is { } answered ? answered.DayNumber - ReceivedOn.DayNumber : null;

    /// <summary>Whether it is still unanswered after its due date, on <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => Status == AccessRequestStatus.Received && DueOn < today;

    /// <summary>Answers with information (required, in words) on a day between receipt and <paramref name="today"/>.</summary>
    public void GiveInformation(string? information, DateOnly on, DateOnly today) => Answer("give information", information, on, today);

    /// <summary>Refers the request to the service or body named in <paramref name="referredTo"/> (required).</summary>
    public void Refer(string? referredTo, DateOnly on, DateOnly today) => Answer("refer", referredTo, on, today);

    /// <summary>Finds the request not eligible for the <paramref name="reason"/> given (required).</summary>
    public void DeclareNotEligible(string? reason, DateOnly on, DateOnly today) => Answer("declare not eligible", reason, on, today);

    /// <summary>Records the withdrawal, with a reason when one was given.</summary>
    public void Withdraw(string? reason, DateOnly on, DateOnly today) => Answer("withdraw", reason, on, today);

    /// <summary>Links the case opened for the request's person, which must be the same person.</summary>
    public void CaseOpened(CareCase careCase, DateOnly today)
    {
        if (PersonId is { } person && person != careCase.PersonId)
            throw new DomainValidationException(nameof(PersonId), "The case is about another person than the request.");
        Answer("open case", null, careCase.OpenedOn, today);
        PersonId = careCase.PersonId;
        CareCaseId = careCase.Id;
    }

    /// <summary>
    /// Names the registered person once the desk has registered or found them: the person the request names, or for a
    /// request known by minimal identity a person of the same name (case, accents and apostrophes aside) and, when the
    /// request states one, the same birth date. A case is never opened on a request for someone else.
    /// </summary>
    /// <exception cref="DomainValidationException">The request names another person, or the identities differ.</exception>
    public void IdentifyPerson(Guid personId, string firstName, string lastName, DateOnly birthDate, Guid residenceMunicipalityId)
    {
        if (PersonId is { } known && known != personId)
            throw new DomainValidationException(nameof(PersonId), "The request already names another person: open the case for that person.");
        if (PersonId is null && (SearchKey.Fold(firstName) != SearchKey.Fold(FirstName) || SearchKey.Fold(lastName) != SearchKey.Fold(LastName)
                || BirthDate is { } stated && stated != birthDate))
            throw new DomainValidationException(nameof(PersonId),
                $"The person is not the one the request is for ({FirstName} {LastName}{(BirthDate is { } b ? $", born {b:yyyy-MM-dd}" : "")}): name the same person, or receive a new request for this one.");
        PersonId = personId;
        ResidenceMunicipalityId = residenceMunicipalityId;
    }

    private void Answer(string action, string? outcome, DateOnly on, DateOnly today)
    {
        var next = Transitions.Apply(Status, action);
        Guard.Happened(on, ReceivedOn, "the request was received", today, nameof(AnsweredOn));
        Outcome = next is AccessRequestStatus.Withdrawn or AccessRequestStatus.CaseOpened
            ? Guard.Optional(outcome, nameof(Outcome), 4000)
            : Guard.Required(outcome, nameof(Outcome), 4000);
        Status = next;
        AnsweredOn = on;
        Raise(ChangeType.AccessRequestStatusChanged);
    }
}

/// <summary>Where a request is received: the desk's organisation, its access point if any, and the zone that answers.</summary>
public sealed record AccessRequestDesk(Guid OrganizationId, Guid? AccessPointId, Guid ZoneId);

/// <summary>Whom a request is for: a registered person, or the minimal identity stated at the desk.</summary>
public sealed record AccessRequestSubject(Guid? PersonId, string FirstName, string LastName, DateOnly? BirthDate, Guid ResidenceMunicipalityId);
