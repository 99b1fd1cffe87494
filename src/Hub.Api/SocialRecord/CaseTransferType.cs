using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Organizations;
using Hub.Api.Territory;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.SocialRecord;

/// <summary>A case's waiting transfer: SOCIAL like the case; the zones are master data.</summary>
public sealed class CaseTransferType : HubObjectGraphType<PendingTransfer>
{
    public CaseTransferType() : base("CaseTransfer", "A transfer of a case waiting for the receiving side to accept or decline it (trasferimento in attesa).", Sensitivity.Social)
    {
        Reference<ZoneType>("fromZone", t => t.FromZoneId).Description("The sending zone.").Sensitive(Sensitivity.Public);
        Reference<ZoneType>("toZone", t => t.ToZoneId).Description("The receiving zone, whose staff accept or decline.").Sensitive(Sensitivity.Public);
        Reference<StaffMemberType>("toCaseManager", t => t.ToCaseManagerId).Description("The receiving case manager, when one was named.");
        Field(t => t.Reason).Description("Why (motivo).");
        Field(t => t.RequestedOn).Description("When it was asked (data della richiesta).");
    }
}
