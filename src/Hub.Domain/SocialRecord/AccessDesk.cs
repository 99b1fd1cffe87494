using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Services;
using Hub.Domain.Structures;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.SocialRecord;

/// <summary>
/// The rules of receiving a request that span aggregates: a desk receives for its own organisation,
/// in the zone of its comune or access point; the requested service's residency requirement is
/// checked against the person's comune of residence, and a request that fails it is answered
/// NOT_ELIGIBLE at once, with the reason (never dropped silently). Works in the given context under
/// its caller; the caller saves.
/// </summary>
public sealed class AccessDesk(HubDbContext db)
{
    private static readonly OrganizationKind[] DeskKinds = [OrganizationKind.Municipality, OrganizationKind.HealthAuthority, OrganizationKind.HealthSociety];

    /// <summary>
    /// Receives a request at <paramref name="desk"/> (the caller's own organisation) and adds it to the context.
    /// </summary>
    /// <exception cref="ForbiddenException">The desk is not the caller's organisation, the access point is another comune's, or its zone is not one the caller serves.</exception>
    /// <exception cref="DomainValidationException">The desk cannot receive requests, the access point is not one, or no zone can be told.</exception>
    public async Task<AccessRequest> ReceiveAsync(Organization desk, Structure? accessPoint, AccessRequestSubject subject, Service service,
        RequesterKind requesterKind, string? requesterName, DateOnly receivedOn, DateOnly today, CancellationToken ct)
    {
        var (where, zone, deskComune) = await WhereAsync(desk, accessPoint, today, ct);
        var request = new AccessRequest(where, subject, service, requesterKind, requesterName, receivedOn, today);
        if (await IneligibilityAsync(service, subject.ResidenceMunicipalityId, zone, deskComune, today, ct) is { } reason)
            request.DeclareNotEligible(reason, receivedOn, today);
        db.AccessRequests.Add(request);
        return request;
    }

    /// <summary>
    /// Records an information-only contact at <paramref name="desk"/> (the caller's own organisation), held to the
    /// same desk and zone rules as a request, and adds it to the context. It names no person.
    /// </summary>
    /// <exception cref="ForbiddenException">As <see cref="ReceiveAsync"/>.</exception>
    /// <exception cref="DomainValidationException">As <see cref="ReceiveAsync"/>, or the day is in the future.</exception>
    public async Task<InformationContact> RecordContactAsync(Organization desk, Structure? accessPoint, DateOnly contactOn, ServiceArea area,
        RequesterKind requesterKind, DateOnly today, CancellationToken ct)
    {
        var (where, _, _) = await WhereAsync(desk, accessPoint, today, ct);
        var contact = new InformationContact(where, contactOn, area, requesterKind, today);
        db.InformationContacts.Add(contact);
        return contact;
    }

    // The desk is the caller's own; an access point must be one and the desk's; its comune (else the desk's) tells the zone.
    private async Task<(AccessRequestDesk Desk, Zone Zone, Guid? DeskComune)> WhereAsync(Organization desk, Structure? accessPoint, DateOnly today, CancellationToken ct)
    {
        EnsureOwnDesk(desk);
        if (accessPoint is not null && accessPoint.Kind != StructureKind.AccessPoint)
            throw new DomainValidationException("AccessPointId", $"{accessPoint.Name} is no access point (Punto Insieme or sportello sociale).");
        EnsureOwnAccessPoint(desk, accessPoint);
        var deskComune = accessPoint?.Address.MunicipalityId ?? desk.MunicipalityId;
        var zone = await ZoneOfAsync(deskComune, today, ct) ?? await db.Zones.SingleOrDefaultAsync(z => z.Id == desk.ZoneId, ct)
            ?? throw new DomainValidationException("AccessPointId", $"{desk.Name} serves no single zone: name the access point where the request was received.");
        if (db.Scope.Caller.ReachesZones)
            db.Scope.Caller.EnsureServes(zone);
        return (new AccessRequestDesk(desk.Id, accessPoint?.Id, zone.Id), zone, deskComune);
    }

    private void EnsureOwnDesk(Organization desk)
    {
        if (!DeskKinds.Contains(desk.Kind))
            throw new DomainValidationException("DeskId", $"{desk.Name} runs no social desk: desks belong to comuni, Aziende USL and Società della Salute.");
        if (!db.Scope.Caller.Unrestricted && desk.Id != db.Scope.Caller.OrganizationId)
            throw new ForbiddenException($"A desk receives requests for its own organisation only, not for {desk.Name}.");
    }

    // A comune's desk files only what reached it: at an access point it runs or one in its comune, so its
    // requests cannot land in (and be answered in) another zone's queue. Territorial staff are held to
    // the zones they serve below.
    private void EnsureOwnAccessPoint(Organization desk, Structure? accessPoint)
    {
        if (accessPoint is not null && !db.Scope.Caller.Unrestricted && accessPoint.OperatorOrganizationId != desk.Id
            && desk.MunicipalityId is { } comune && accessPoint.Address.MunicipalityId != comune)
            throw new ForbiddenException($"{accessPoint.Name} is neither run by {desk.Name} nor in its comune: a desk receives requests at its own access points.");
    }

    /// <summary>
    /// The reason the catalogue's residency requirement excludes a resident of <paramref name="residence"/>; null when it does not.
    /// A regional service is for residents of any comune of the region's zones (the catalogue is the region's).
    /// </summary>
    private async Task<string?> IneligibilityAsync(Service service, Guid residence, Zone zone, Guid? deskComune, DateOnly today, CancellationToken ct)
    {
        var residenceZone = await ZoneOfAsync(residence, today, ct);
        var comune = await db.Municipalities.Where(m => m.Id == residence).Select(m => m.Name).SingleOrDefaultAsync(ct) ?? "an unknown comune";
        var what = $"{service.Name} ({service.Code})";
        return service.Residency switch
        {
            ResidencyRequirement.Region when residenceZone is null => $"{what} is for residents of the region; the person resides in {comune}, outside it.",
            ResidencyRequirement.Zone when residenceZone?.Id != zone.Id =>
                $"{what} is for residents of zone {zone.Name}; the person resides in {comune}{(residenceZone is null ? "" : $", in zone {residenceZone.Name}")}: refer them to the services of their zone.",
            ResidencyRequirement.Municipality when residence != (deskComune ?? residence) || residenceZone?.Id != zone.Id =>
                $"{what} is for residents of the comune that pays for it; the person resides in {comune}: refer them to their own comune.",
            _ => null,
        };
    }

    // The zone of a comune today: memberships are dated because comuni merge and move.
    private Task<Zone?> ZoneOfAsync(Guid? municipality, DateOnly today, CancellationToken ct) =>
        db.ZoneMemberships.Where(m => m.MunicipalityId == municipality && m.ValidFrom <= today && (m.ValidTo == null || m.ValidTo >= today))
            .Select(m => m.Zone).FirstOrDefaultAsync(ct);
}
