using Hub.Domain.Common;
using Hub.Domain.Registry;

namespace Hub.Domain.Services;

/// <summary>An entry of the service catalogue (catalogo dei servizi / nomenclatore).</summary>
public sealed class Service : MasterRecord
{
    private Service() { }

    public Service(string code, string name, ServiceArea area, ServiceKind kind)
    {
        Code = Guard.Required(code, nameof(Code), 30);
        Describe(name, area, kind);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public ServiceArea Area { get; private set; }
    public ServiceKind Kind { get; private set; }

    /// <summary>Whether it is a Livello Essenziale delle Prestazioni Sociali (LEPS), owed everywhere.</summary>
    public bool IsLeps { get; private set; }

    public ResidencyRequirement Residency { get; private set; }

    /// <summary>Maximum wait from request to delivery, in days; null when none is set.</summary>
    public int? MaximumWaitDays { get; private set; }

    /// <summary>
    /// The longest wait the catalogue may promise, a year: a desk's due date is the day received plus the
    /// wait, and a longer promise is none a desk can be held to.
    /// </summary>
    public const int LongestWaitDays = 365;

    public CostRule Cost { get; private set; }

    /// <summary>The code of the national nomenclator of social services used by the SIUSS flows, when known.</summary>
    public string? NomenclatorCode { get; private set; }

    public void Describe(string name, ServiceArea area, ServiceKind kind)
    {
        EnsureOpen("change");
        Name = Guard.Required(name, nameof(Name));
        Area = area;
        Kind = kind;
    }

    public void SetAccessRules(bool isLeps, ResidencyRequirement residency, int? maximumWaitDays, CostRule cost)
    {
        EnsureOpen("change");
        if (maximumWaitDays is <= 0 or > LongestWaitDays)
            throw new DomainValidationException(nameof(MaximumWaitDays), $"The maximum wait must be from 1 to {LongestWaitDays} days.");
        IsLeps = isLeps;
        Residency = residency;
        MaximumWaitDays = maximumWaitDays;
        Cost = cost;
    }

    public void SetNomenclatorCode(string? code)
    {
        EnsureOpen("change");
        NomenclatorCode = Guard.Optional(code, nameof(NomenclatorCode), 30);
    }

    /// <summary>Takes the service out of the catalogue on <paramref name="on"/> (ritiro): plans keep their references to it.</summary>
    public void Retire(DateOnly on, DateOnly today) => CloseOn(on, today);
}
