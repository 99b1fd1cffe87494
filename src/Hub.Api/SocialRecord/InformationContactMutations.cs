using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Services;
using Hub.Domain.SocialRecord;
using Hub.Domain.Structures;

namespace Hub.Api.SocialRecord;

[Description("Records an information-only contact at the caller's desk (segretariato sociale: informazione e orientamento), possibly anonymous: counted, with no personal data.")]
public sealed record RecordInformationContactInput(
    [property: Id, Description("The desk's organisation (Organization id): the caller's own.")] string DeskId,
    [property: Id, Description("The access point (Structure id of kind ACCESS_POINT), when one; needed when the desk serves more than one zone.")] string? AccessPointId,
    [property: Description("When the contact took place; today when omitted.")] DateOnly? ContactOn,
    [property: Description("The area of need asked about (area di intervento).")] ServiceArea Area,
    [property: Description("Who asked (richiedente).")] RequesterKind RequesterKind);

/// <summary>Information-only contacts: the desk rules of <see cref="AccessDesk"/>, and nothing about the person.</summary>
public sealed class InformationContactMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<RecordInformationContactInput, InformationContactPayloadType>("recordInformationContact",
            "Counts an information-only contact at the caller's desk by day, area and who asked; no person is named (segretariato sociale).",
            Permission.HandleAccessRequests, async (m, input) =>
            {
                var desk = await m.FindEntity<Organization>(input.DeskId);
                var accessPoint = await m.FindOptional<Structure>(input.AccessPointId);
                return await new AccessDesk(m.Db).RecordContactAsync(desk, accessPoint, input.ContactOn ?? m.Today, input.Area, input.RequesterKind, m.Today, m.CancellationToken);
            });
}
