using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.People;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Care;

/// <summary>
/// The rules of protected-discharge intake that span aggregates: a ward files for its own hospital,
/// once per admission, and the zone of the patient's residence handles the request; the zone's
/// ACOT acknowledges it on a case of the patient, opening one when there is none. Works in the
/// given context under its caller; the caller saves.
/// </summary>
public sealed class DischargeIntake(HubDbContext db)
{
    /// <summary>
    /// Refuses a hospital the caller may not file for: not a hospital (<see cref="DomainValidationException"/>
    /// on HospitalId), or another organisation than the caller's own (<see cref="ForbiddenException"/>).
    /// </summary>
    public void EnsureMayFileFor(Organization hospital)
    {
        if (hospital.Kind != OrganizationKind.Hospital)
            throw new DomainValidationException("HospitalId", $"{hospital.Name} is not a hospital.");
        if (!db.Scope.Caller.Unrestricted && hospital.Id != db.Scope.Caller.OrganizationId)
            throw new ForbiddenException($"A ward files requests for its own hospital only, not for {hospital.Name}.");
    }

    /// <summary>
    /// Files a request for the patient and adds it to the context. Refused when the caller may not file for the
    /// hospital (<see cref="EnsureMayFileFor"/>), when the hospital already filed one for the admission, or when
    /// the patient's comune of residence belongs to no zone on <paramref name="today"/>.
    /// </summary>
    public async Task<DischargeRequest> FileAsync(Organization hospital, Person patient, DischargeFiling filing, DateOnly today, CancellationToken ct)
    {
        EnsureMayFileFor(hospital);
        var reference = filing.Stay.AdmissionReference.Trim();
        if (await db.DischargeRequests.AnyAsync(d => d.HospitalOrganizationId == hospital.Id && d.AdmissionReference == reference, ct))
            throw new DomainValidationException(nameof(DischargeRequest.AdmissionReference), $"{hospital.Name} already filed a request for admission {reference}.");
        var request = new DischargeRequest(hospital.Id, filing.Stay, patient.Id, await ResidenceZoneAsync(patient, today, ct), today,
            filing.ExpectedDischargeOn, filing.Needs, filing.ProposedSetting, filing.Aids);
        db.DischargeRequests.Add(request);
        return request;
    }

    /// <summary>
    /// Acknowledges the request on the patient's existing case, or on a case opened today in the request's zone
    /// from channel HOSPITAL in <paramref name="area"/> (non-self-sufficiency when null), added to the context.
    /// </summary>
    public void Acknowledge(DischargeRequest request, CareCase? existingCase, ServiceArea? area, DateOnly today)
    {
        var careCase = existingCase;
        if (careCase is null)
        {
            careCase = new CareCase(request.PersonId, request.ZoneId, area ?? ServiceArea.NonSelfSufficiency, AccessChannel.Hospital, today, today);
            db.CareCases.Add(careCase);
        }
        request.Acknowledge(careCase);
    }

    // The zone of the comune of residence today: memberships are dated because comuni merge and move.
    private async Task<Guid> ResidenceZoneAsync(Person patient, DateOnly today, CancellationToken ct) =>
        await db.ZoneMemberships
            .Where(z => z.MunicipalityId == patient.Residence.MunicipalityId && z.ValidFrom <= today && (z.ValidTo == null || z.ValidTo >= today))
            .Select(z => (Guid?)z.ZoneId).FirstOrDefaultAsync(ct)
        ?? throw new DomainValidationException("PersonId", "The patient's comune of residence belongs to no zone today.");
}

/// <summary>What a ward states when it files a request: the stay, when and how the patient should leave, and what is needed.</summary>
public sealed record DischargeFiling(HospitalStay Stay, DateOnly ExpectedDischargeOn, string Needs, DischargeSetting ProposedSetting, IEnumerable<string> Aids);
