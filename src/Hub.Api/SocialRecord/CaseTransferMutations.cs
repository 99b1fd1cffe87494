using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.SocialRecord;

/// <summary>
/// Transfers of a case to another zone or case manager, asked by the sending side and accepted or declined by
/// the receiving side only: the staff of the receiving zone, or for a change of manager in the same zone the
/// named manager (their token's staff member). The case's history records each step.
/// </summary>
public sealed class CaseTransferMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Change<TransferCaseInput, CareCase, CareCasePayloadType>("transferCase",
            "Asks to move an open case to another zone or case manager; it waits for the receiving side, whose staff then see the case (trasferimento).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
            {
                var zone = await m.FindEntity<Zone>(i.ToZoneId);
                var manager = i.ToCaseManagerId is null ? null : await ManagerAsync(m, i.ToCaseManagerId, zone, nameof(i.ToCaseManagerId));
                careCase.RequestTransfer(zone.Id, manager?.Id, i.Reason, m.Today);
            });
        mutation.Change<AcceptCaseTransferInput, CareCase, CareCasePayloadType>("acceptCaseTransfer",
            "The receiving side accepts a case's waiting transfer: the case moves to the receiving zone and case manager (accettazione).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
            {
                var zone = await ReceivingZoneAsync(m, careCase);
                var manager = i.CaseManagerId is null ? null : await ManagerAsync(m, i.CaseManagerId, zone, nameof(i.CaseManagerId));
                careCase.AcceptTransfer(manager?.Id, m.Today);
            });
        mutation.Change<DeclineCaseTransferInput, CareCase, CareCasePayloadType>("declineCaseTransfer",
            "The receiving side declines a case's waiting transfer, with the reason; the case stays where it was (rifiuto del trasferimento).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
            {
                await ReceivingZoneAsync(m, careCase);
                careCase.DeclineTransfer(i.Reason);
            });
    }

    /// <summary>The zone a waiting transfer goes to, once the caller is found to be its receiving side.</summary>
    /// <exception cref="InvalidTransitionException">No transfer waits.</exception>
    /// <exception cref="ForbiddenException">The caller is not the receiving side.</exception>
    private static async Task<Zone> ReceivingZoneAsync(MutationContext m, CareCase careCase)
    {
        var transfer = careCase.Transfer ?? throw new InvalidTransitionException(nameof(CareCase), careCase.Status.ToString(), "accept or decline a transfer");
        var zone = await m.Db.Zones.SingleAsync(z => z.Id == transfer.ToZoneId, m.CancellationToken);
        var caller = m.Db.Scope.Caller;
        if (transfer.ToZoneId != transfer.FromZoneId)
            caller.EnsureServes(zone);
        else if (!caller.Unrestricted && caller.StaffMemberId != transfer.ToCaseManagerId)
            throw new ForbiddenException("A change of case manager is accepted or declined by the case manager it names (the token's 'staff' claim).");
        m.AnswerTransfer();
        return zone;
    }

    /// <summary>A case manager: a staff member in post serving <paramref name="zone"/>.</summary>
    private static async Task<StaffMember> ManagerAsync(MutationContext m, string staffMemberId, Zone zone, string field)
    {
        var id = MutationContext.KeyOf<StaffMember>(staffMemberId);
        var staff = await m.Db.StaffMembers.Include(s => s.Zones).SingleOrDefaultAsync(s => s.Id == id, m.CancellationToken)
            ?? throw new NotFoundException(nameof(StaffMember), staffMemberId);
        CaseTeamMutations.EnsureInPost(staff, field);
        if (staff.Zones.All(z => z.Id != zone.Id))
            throw new DomainValidationException(field, $"{staff.FirstName} {staff.LastName} does not serve zone {zone.Name}: a case manager serves the case's zone.");
        return staff;
    }
}
