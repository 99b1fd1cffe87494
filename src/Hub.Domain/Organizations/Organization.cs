using Hub.Domain.Common;

namespace Hub.Domain.Organizations;

/// <summary>An organisation (ente) that uses Hub or runs services: hospital, ASL, SdS, comune, provider, Region.</summary>
public sealed class Organization : AuditableEntity
{
    private Organization() { }

    public Organization(OrganizationKind kind, string name, string? taxCode = null, string? code = null)
    {
        Kind = kind;
        Update(name, taxCode, code);
    }

    public OrganizationKind Kind { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>Codice fiscale / partita IVA of the body.</summary>
    public string? TaxCode { get; private set; }

    /// <summary>Regional or ministerial code (e.g. hospital HSP code, ISTAT code of a comune).</summary>
    public string? Code { get; private set; }

    public Guid? HealthAuthorityId { get; private set; }
    public Guid? ZoneId { get; private set; }
    public Guid? MunicipalityId { get; private set; }

    public void Update(string name, string? taxCode, string? code)
    {
        Name = Guard.Required(name, nameof(Name));
        TaxCode = Guard.Optional(taxCode, nameof(TaxCode), 16);
        Code = Guard.Optional(code, nameof(Code), 30);
    }

    /// <summary>Ties the organisation to the territory it belongs to or serves.</summary>
    public void LocateIn(Guid? healthAuthorityId, Guid? zoneId, Guid? municipalityId)
    {
        HealthAuthorityId = healthAuthorityId;
        ZoneId = zoneId;
        MunicipalityId = municipalityId;
    }
}
