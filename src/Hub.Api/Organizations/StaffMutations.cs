using GraphQL.Types;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Organizations;

public sealed class StaffMemberPayloadType() : PayloadType<StaffMemberType>("StaffMemberPayload", "staffMember", "The result of a change to a staff member.", Domain.Audit.Sensitivity.Public);

/// <summary>Territorial staff, kept by each employer's own registry administrators (<see cref="RegistryChecks.EnsureKeepsOwn"/>).</summary>
public sealed class StaffMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<HireStaffMemberInput, StaffMemberPayloadType>("hireStaffMember", "Hires a staff member into the caller's own organisation (assunzione).",
            Permission.ManageMasterData, HireAsync);
        Change<ChangeStaffMemberInput>(mutation, "changeStaffMember", "Changes a staff member's profession, weekly hours, zones served and contacts.",
            i => new(i.StaffMemberId, i.ExpectedVersion), async (m, s, i) =>
            {
                s.ChangeProfession(i.Profession);
                s.SetWeeklyHours(i.WeeklyHours);
                s.ServeOnly(await ZonesAsync(m, i.ZoneIds), await ServedZones.OfAsync(m.Db, s.Organization!, m.CancellationToken));
                s.SetContacts(i.Contacts.ToContacts());
            });
        Change<RecordStaffLeavingInput>(mutation, "recordStaffLeaving", "Records that a staff member left the organisation (cessazione); the record stays.",
            i => new(i.StaffMemberId, i.ExpectedVersion), (m, s, i) =>
            {
                s.Leave(i.On ?? m.Today, m.Today);
                return Task.CompletedTask;
            });
    }

    private static async Task<Entity> HireAsync(MutationContext m, HireStaffMemberInput input)
    {
        var employer = await m.FindEntity<Organization>(input.OrganizationId);
        m.Db.Scope.Caller.EnsureKeepsOwn(employer.Id, $"Organisation '{employer.Name}'");
        employer.EnsureOpen("hire");
        var member = new StaffMember(input.FirstName, input.LastName, input.Profession, employer, input.WeeklyHours);
        member.ServeOnly(await ZonesAsync(m, input.ZoneIds), await ServedZones.OfAsync(m.Db, employer, m.CancellationToken));
        member.SetContacts(input.Contacts?.ToContacts());
        m.Db.StaffMembers.Add(member);
        return member;
    }

    private static async Task<List<Zone>> ZonesAsync(MutationContext m, IReadOnlyList<string> ids)
    {
        var zones = new List<Zone>();
        foreach (var id in ids.Distinct())
            zones.Add(await m.FindEntity<Zone>(id));
        return zones;
    }

    // Every change is the employer's: checked before the change, on the record as found.
    private static void Change<TInput>(ObjectGraphType mutation, string name, string description,
        Func<TInput, ChangeTarget> target, Func<MutationContext, StaffMember, TInput, Task> change) where TInput : notnull =>
        mutation.Change<TInput, StaffMember, StaffMemberPayloadType>(name, description, Permission.ManageMasterData, target, async (m, s, i) =>
        {
            m.Db.Scope.Caller.EnsureKeepsOwn(s.OrganizationId, $"Staff member {s.FirstName} {s.LastName}");
            await change(m, s, i);
        }, q => q.Include(s => s.Zones).Include(s => s.Organization));
}
