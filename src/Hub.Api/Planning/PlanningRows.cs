using Hub.Api.Figures;
using Hub.Domain.Care;
using Hub.Domain.Services;
using Hub.Domain.Structures;

namespace Hub.Api.Planning;

/// <summary>A planning row: the figures of one zone.</summary>
public interface IZoneRow
{
    Guid ZoneId { get; }
}

/// <summary>A row derived from persons, whose figures may be withheld.</summary>
public interface ISuppressible
{
    /// <summary>The row concerns fewer than <see cref="SmallCells.MinimumPersons"/> persons, and its figures are null.</summary>
    bool Suppressed { get; }
}

/// <summary>Places of one module of a structure in a zone.</summary>
public sealed record ModuleOccupancy(Guid ZoneId, Guid StructureId, Guid ModuleId, StructureKind StructureKind, ModuleKind ModuleKind, int ContractedPlaces, int OccupiedPlaces) : IZoneRow;

/// <summary>Places of all the structures of a zone.</summary>
public sealed record ZoneOccupancy(Guid ZoneId, int ContractedPlaces, int OccupiedPlaces) : IZoneRow;

/// <summary>Who waits for a module, and for how long so far; null figures when fewer than five persons wait.</summary>
public sealed record WaitingList(Guid ZoneId, Guid ModuleId, int? Waiting, double? MedianWaitDays) : IZoneRow, ISuppressible
{
    public bool Suppressed => Waiting is null;
}

/// <summary>Cases of a zone in one state and area; a null count when they concern fewer than five persons.</summary>
public sealed record CaseCount(Guid ZoneId, CareCaseStatus Status, ServiceArea Area, int? Count) : IZoneRow, ISuppressible
{
    public bool Suppressed => Count is null;
}

/// <summary>Social workers of a zone against its residents.</summary>
public sealed record SocialWorkerCoverage(Guid ZoneId, int Population, decimal SocialWorkerFte) : IZoneRow
{
    /// <summary>The LEPS: one social worker for every 5,000 residents.</summary>
    public const int ResidentsPerSocialWorkerTarget = 5000;

    public decimal TargetFte => Math.Round((decimal)Population / ResidentsPerSocialWorkerTarget, 2);

    public bool MeetsTarget => SocialWorkerFte >= TargetFte;
}

/// <summary>How long protected discharges took in a zone, from the ward's request to the discharge; null figures under five persons.</summary>
public sealed record DischargeLeadTime(Guid ZoneId, int? Discharged, double? MedianDays, double? AverageDays) : IZoneRow, ISuppressible
{
    public bool Suppressed => Discharged is null;
}
