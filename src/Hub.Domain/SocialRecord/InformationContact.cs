using Hub.Domain.Common;
using Hub.Domain.Services;

namespace Hub.Domain.SocialRecord;

/// <summary>
/// One information-only contact at a desk (segretariato sociale: informazione e orientamento), possibly
/// anonymous: counted, never linked to a person. It holds no personal data by construction: the desk,
/// the day, the area of need and who asked, nothing else. Made by <see cref="AccessDesk.RecordContactAsync"/>.
/// </summary>
public sealed class InformationContact : AuditableEntity
{
    private InformationContact() { }

    internal InformationContact(AccessRequestDesk desk, DateOnly contactOn, ServiceArea area, RequesterKind requesterKind, DateOnly today)
    {
        Guard.NotFuture(contactOn, today, nameof(ContactOn));
        (DeskOrganizationId, AccessPointId, ZoneId) = (desk.OrganizationId, desk.AccessPointId, desk.ZoneId);
        (ContactOn, Area, RequesterKind) = (contactOn, area, requesterKind);
    }

    /// <summary>The organisation whose desk was asked.</summary>
    public Guid DeskOrganizationId { get; private set; }

    /// <summary>The access point, when one.</summary>
    public Guid? AccessPointId { get; private set; }

    /// <summary>The desk's zone-distretto.</summary>
    public Guid ZoneId { get; private set; }

    public DateOnly ContactOn { get; private set; }
    public ServiceArea Area { get; private set; }
    public RequesterKind RequesterKind { get; private set; }
}
