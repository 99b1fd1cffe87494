using Hub.Domain.Common;
using Hub.Domain.Registry;

namespace Hub.Domain.Organizations;

/// <summary>An organisation (ente) that uses Hub or runs services: hospital, ASL, SdS, comune, provider, Region.</summary>
public sealed class Organization : MasterRecord
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
        Rename(name);
        ChangeCodes(taxCode, code);
    }

    public void Rename(string name)
    {
        EnsureOpen("rename");
        Name = Guard.Required(name, nameof(Name));
    }

    public void ChangeCodes(string? taxCode, string? code)
    {
        EnsureOpen("change codes");
        TaxCode = Guard.Optional(taxCode, nameof(TaxCode), 16);
        Code = Guard.Optional(code, nameof(Code), 30);
    }

    /// <summary>
    /// Closes the body (cessazione) on <paramref name="on"/>; refused while it still runs open structures
    /// (<paramref name="openStructures"/>), which must first move to another operator or close.
    /// </summary>
    public void Close(DateOnly on, DateOnly today, int openStructures)
    {
        if (openStructures > 0)
            throw new DomainValidationException("OrganizationId", $"{Name} still runs {openStructures} open structures: move them to another operator or close them first.");
        CloseOn(on, today);
    }

    /// <summary>Ties the organisation to the territory it belongs to or serves.</summary>
    public void LocateIn(Guid? healthAuthorityId, Guid? zoneId, Guid? municipalityId)
    {
        HealthAuthorityId = healthAuthorityId;
        ZoneId = zoneId;
        MunicipalityId = municipalityId;
    }
}
