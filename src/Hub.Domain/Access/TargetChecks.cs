using Hub.Domain.Common;
using Hub.Domain.Structures;
using Hub.Domain.Territory;

namespace Hub.Domain.Access;

/// <summary>
/// Whether a write may aim at a target (DESIGN §4, layer 4: every mutation checks its target
/// against the caller). Records with a row scope are found through it, so a target the caller
/// does not see is simply not found; these are the checks for targets that are master data, which
/// every caller sees but only some may change or use.
/// </summary>
public static class TargetChecks
{
    /// <summary>A provider changes only the modules of structures its organisation runs and its token names.</summary>
    /// <exception cref="ForbiddenException">The caller does not operate <paramref name="structure"/>.</exception>
    public static void EnsureOperates(this Caller caller, Structure structure)
    {
        if (!caller.Unrestricted && !(caller.ReachesGuests && structure.OperatorOrganizationId == caller.OrganizationId
                && caller.StructureCodes.Contains(structure.RegionalCode)))
            throw new ForbiddenException($"Structure {structure.RegionalCode} is not one your organisation runs and your token names: only its operator may change it.");
    }

    /// <summary>Territorial staff (a reach by <c>zones</c>, the foster-care officer's included) act only in the zones they serve.</summary>
    /// <exception cref="ForbiddenException">The caller does not serve <paramref name="zone"/>.</exception>
    public static void EnsureServes(this Caller caller, Zone zone)
    {
        if (!caller.Unrestricted && !((caller.Reach & RoleGrant.ZoneReach) != 0 && caller.ZoneCodes.Contains(zone.Code)))
            throw new ForbiddenException($"Zone {zone.Code} is not one you serve; your token's zones are {string.Join(", ", caller.ZoneCodes)}.");
    }
}
