using System.ComponentModel;
using GraphQL;
using Hub.Domain.Care;

namespace Hub.Api.Minors;

[Description("Places the woman of one of the centre's cases in a module of the centre's own shelter (ospitalità in casa rifugio): admitted at once.")]
public sealed record PlaceInShelterInput(
    [property: Id, Description("The centre's open anti-violence case (CareCase id).")] string CareCaseId,
    [property: Id, Description("A SHELTER module of a shelter the centre runs (StructureModule id); it needs a free place.")] string ModuleId,
    [property: Description("The day she enters the shelter, not in the future; today when omitted.")] DateOnly? On,
    [property: Id, Description("For a transfer, her stay of the same case that holds its place now (Placement id), say in another module of the shelter: it ends on the day she enters; "
        + "a placement of another case is not found. Without it, a woman placed already is refused.")] string? ReplacesPlacementId = null);

[Description("Ends a woman's stay in the centre's shelter (uscita dalla casa rifugio), freeing the place.")]
public sealed record EndShelterStayInput(
    [property: Id, Description("The stay (Placement id, of kind SHELTER).")] string PlacementId,
    [property: Description("Why she leaves: RETURN_HOME for a home of her own again, TRANSFER, OTHER …")] PlacementDischargeReason Reason,
    [property: Description("The day she leaves, between her entry and today; today when omitted.")] DateOnly? On,
    [property: Description("The version read; the change is refused when the stay has changed since.")] long? ExpectedVersion);
