using Hub.Domain.Common;

namespace Hub.Domain.Territory;

/// <summary>An Azienda USL (local health authority); in Tuscany: Toscana Centro, Nord Ovest, Sud Est.</summary>
public sealed class HealthAuthority : AuditableEntity
{
    private HealthAuthority() { }

    public HealthAuthority(string code, string name)
    {
        Code = Guard.Required(code, nameof(Code), 20);
        Rename(name);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = Guard.Required(name, nameof(Name));
}
