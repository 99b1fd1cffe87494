using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.Organizations;
using Hub.Api.Structures;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

/// <summary>An information contact as recorded: PUBLIC, since it names no person by construction.</summary>
public sealed class InformationContactType : HubObjectGraphType<InformationContact>
{
    public InformationContactType() : base("InformationContact", "An information-only contact at a desk (informazione e orientamento): no person, only what is counted.", Sensitivity.Public)
    {
        Reference<OrganizationType>("desk", c => c.DeskOrganizationId).Description("The desk's organisation.");
        Reference<StructureType>("accessPoint", c => c.AccessPointId).Description("The access point, when one.");
        Reference<ZoneType>("zone", c => c.ZoneId).Description("The desk's zone-distretto.");
        Field(c => c.ContactOn).Description("When it took place.");
        Field(c => c.Area).Description("The area of need asked about.");
        Field(c => c.RequesterKind).Description("Who asked.");
    }
}

public sealed class InformationContactPayloadType() : PayloadType<InformationContactType>("InformationContactPayload", "informationContact",
    "The result of recording an information contact.", Sensitivity.Public);
