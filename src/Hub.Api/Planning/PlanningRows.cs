using Hub.Domain.Care;
using Hub.Domain.Services;
using Hub.Domain.Structures;

namespace Hub.Api.Planning;

/// <summary>Places of one module of a structure in a zone.</summary>
public sealed record ModuleOccupancy(Guid ZoneId, Guid StructureId, Guid ModuleId, StructureKind StructureKind, ModuleKind ModuleKind, int ContractedPlaces, int OccupiedPlaces);

/// <summary>Places of all the structures of a zone.</summary>
public sealed record ZoneOccupancy(Guid ZoneId, int ContractedPlaces, int OccupiedPlaces);

/// <summary>Who waits for a module, and for how long so far.</summary>
public sealed record WaitingList(Guid ZoneId, Guid ModuleId, int Waiting, double MedianWaitDays);

/// <summary>Cases of a zone in one state and area.</summary>
public sealed record CaseCount(Guid ZoneId, CareCaseStatus Status, ServiceArea Area, int Count);

/// <summary>Social workers of a zone against its residents.</summary>
public sealed record SocialWorkerCoverage(Guid ZoneId, int Population, decimal SocialWorkerFte)
{
    /// <summary>The LEPS: one social worker for every 5,000 residents.</summary>
    public const int ResidentsPerSocialWorkerTarget = 5000;

    public decimal TargetFte => Math.Round((decimal)Population / ResidentsPerSocialWorkerTarget, 2);

    public bool MeetsTarget => SocialWorkerFte >= TargetFte;
}

/// <summary>How long protected discharges took in a zone, from the ward's request to the discharge.</summary>
public sealed record DischargeLeadTime(Guid ZoneId, int Discharged, double MedianDays, double AverageDays);

internal static class Median
{
    public static double Of(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
            return 0;
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
