using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Structures;

namespace Hub.Domain.Access;

/// <summary>
/// Who keeps which master-data record (issue 15, DESIGN §4 layer 4). Records are open to every reader,
/// so these checks, not row scopes, guard their changes: the Region's registry administrators keep
/// accreditation, the service catalogue, the register of organisations and any structure; a public
/// body's (Azienda USL, SdS, comune) its own staff, family centres and the structures it runs; a
/// provider's operators the contacts of their structures and the descriptions of their modules.
/// </summary>
public static class RegistryChecks
{
    private static readonly HashSet<OrganizationKind> PublicBodies = [OrganizationKind.HealthAuthority, OrganizationKind.HealthSociety, OrganizationKind.Municipality];

    /// <summary>The Region's registry administrators (and the system) keep the regional registers.</summary>
    public static bool KeepsRegionalRegisters(this Caller caller) =>
        caller.Unrestricted || caller.May(Permission.ManageMasterData) && caller.OrganizationKind == OrganizationKind.Region;

    /// <summary>Only the Region keeps <paramref name="what"/> (accreditation, the catalogue, organisations, who runs a structure).</summary>
    /// <exception cref="ForbiddenException">The caller is no registry administrator of the Region.</exception>
    public static void EnsureKeepsRegionalRegister(this Caller caller, string what)
    {
        if (!caller.KeepsRegionalRegisters())
            throw new ForbiddenException($"Only the Region's registry administrators keep {what}.");
    }

    /// <summary>A structure's places, modules and record: the Region any; a public body's registry administrator those it runs.</summary>
    /// <exception cref="ForbiddenException">The caller does not keep structures run by <paramref name="operatorOrganizationId"/>.</exception>
    public static void EnsureKeepsStructuresOf(this Caller caller, Guid operatorOrganizationId, string regionalCode)
    {
        if (!caller.KeepsRegionalRegisters() && !KeepsOwn(caller, operatorOrganizationId))
            throw new ForbiddenException($"Structure {regionalCode} is not run by your organisation: its registry is kept by the Region or by the public body that runs it"
                + (caller.OrganizationKind == OrganizationKind.Provider ? "; a provider changes only its structures' contacts and its modules' descriptions." : "."));
    }

    /// <summary>Contacts and descriptions: whoever keeps the structure, or a provider's operator or registry administrator of the body running it.</summary>
    /// <exception cref="ForbiddenException">The caller neither keeps nor runs <paramref name="structure"/>.</exception>
    public static void EnsureDescribes(this Caller caller, Structure structure)
    {
        var runs = structure.OperatorOrganizationId == caller.OrganizationId
            && (caller.May(Permission.ManageMasterData) || caller.ReachesGuests && caller.StructureCodes.Contains(structure.RegionalCode));
        if (!runs)
            caller.EnsureKeepsStructuresOf(structure.OperatorOrganizationId, structure.RegionalCode);
    }

    /// <summary>
    /// Staff and family centres: a public body's registry administrator keeps its own organisation's (the
    /// Region's too, its own); a provider keeps none in the shared registry (issue 15).
    /// </summary>
    /// <exception cref="ForbiddenException">The record belongs to another organisation, or the caller's is no public body.</exception>
    public static void EnsureKeepsOwn(this Caller caller, Guid? organizationId, string what)
    {
        if (caller.Unrestricted)
            return;
        if (caller.OrganizationKind is not OrganizationKind.Region && !(caller.OrganizationKind is { } kind && PublicBodies.Contains(kind)))
            throw new ForbiddenException($"{what}: territorial staff and family centres are kept by the Region, the Aziende USL, the Società della Salute and the comuni.");
        if (!(caller.May(Permission.ManageMasterData) && organizationId == caller.OrganizationId))
            throw new ForbiddenException($"{what} belongs to another organisation: each body keeps its own.");
    }

    /// <summary>Family centres: the Region any; a public body's registry administrator those it is responsible for.</summary>
    /// <exception cref="ForbiddenException">The centre is another body's.</exception>
    public static void EnsureKeeps(this Caller caller, FamilyCenter center)
    {
        if (!caller.KeepsRegionalRegisters())
            caller.EnsureKeepsOwn(center.OwnerOrganizationId, $"Family centre '{center.Name}'");
    }

    private static bool KeepsOwn(Caller caller, Guid organizationId) =>
        caller.May(Permission.ManageMasterData) && caller.OrganizationKind is { } kind && PublicBodies.Contains(kind) && organizationId == caller.OrganizationId;
}
