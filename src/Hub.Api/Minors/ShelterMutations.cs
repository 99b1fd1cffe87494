using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Minors;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Minors;

/// <summary>A Centro antiviolenza's shelter (casa rifugio): its operators place the women of its cases there and end their stays (issue 17).</summary>
public sealed class ShelterMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlaceInShelterInput, PlacementPayloadType>("placeInShelter",
            "Places the woman of one of the centre's cases in a module of its own shelter (placement of kind SHELTER, ADMITTED at once), adding a SHELTER intervention "
            + "to the case's protection pathway (drafted with the first stay); refused with CapacityExceededError when no place is free, and with a ValidationError when she is placed already "
            + "unless replacesPlacementId names that placement. Seen by the centre and the case's team only.",
            Permission.ManageAntiViolenceCases, PlaceAsync);
        mutation.Change<EndShelterStayInput, Placement, PlacementPayloadType>("endShelterStay",
            "Ends a stay in the centre's shelter: ADMITTED → DISCHARGED with its reason, freeing the place.", Permission.ManageAntiViolenceCases,
            i => new(i.PlacementId, i.ExpectedVersion), async (m, placement, i) =>
            {
                if (placement.Kind != PlacementKind.Shelter)
                    throw new DomainValidationException("PlacementId", "endShelterStay ends a stay in a shelter (placement of kind SHELTER).");
                placement.Discharge(await m.Db.StructureModules.SingleAsync(x => x.Id == placement.ModuleId, m.CancellationToken), i.On ?? m.Today, i.Reason, m.Today);
            });
    }

    private static async Task<Entity> PlaceAsync(MutationContext m, PlaceInShelterInput input)
    {
        var careCase = await m.Find<CareCase>(input.CareCaseId);
        // The centre reaches the woman of its own case: she is the one it protects.
        var woman = await m.Db.Persons.SingleAsync(p => p.Id == careCase.PersonId, m.CancellationToken);
        var module = await m.Find<StructureModule>(input.ModuleId, include: q => q.Include(x => x.Structure));
        var pathway = await m.Db.CarePlans.FirstOrDefaultAsync(p => p.CareCaseId == careCase.Id && p.Type == CarePlanKind.ProtectionPathway
            && p.Status == CarePlanStatus.Draft, m.CancellationToken);
        var service = await m.Db.Services.Where(s => s.Code == ShelterStay.ServiceCode).Select(s => (Guid?)s.Id).SingleOrDefaultAsync(m.CancellationToken)
            ?? throw new DomainValidationException("ModuleId", $"The service catalogue holds no {ShelterStay.ServiceCode} service for the shelter's stays: a registry administrator adds it.");
        var replaced = await PlacementMutations.ReplacedOfSameCaseAsync(m, input.ReplacesPlacementId, careCase.Id);
        var (opened, intervention, placement) = ShelterStay.Place(careCase, woman, pathway, service, module, input.On ?? m.Today, m.Today,
            await PlacementsInCourse.ReadAsync(m.Db, careCase.PersonId, m.Today, m.CancellationToken), replaced,
            replaced is null ? null : await PlacementMutations.ModuleOrNoneOf(m, replaced));
        if (opened is not null)
            m.Db.CarePlans.Add(opened);
        m.Db.Interventions.Add(intervention);
        m.Db.Placements.Add(placement);
        return placement;
    }
}
