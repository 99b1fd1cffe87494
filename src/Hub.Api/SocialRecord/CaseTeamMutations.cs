using GraphQL.Types;
using Hub.Api.Care;
using Hub.Api.GraphQL.Mutations;
using Hub.Domain.Access;
using Hub.Domain.Care;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.SocialRecord;

/// <summary>The case team (équipe): members join and leave; the case keeps its manager in step with it.</summary>
public sealed class CaseTeamMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Change<AddCaseTeamMemberInput, CareCase, CareCasePayloadType>("addCaseTeamMember",
            "Adds a staff member of any organisation or zone to an open case's team in a role; while on the team they reach the case (ingresso nell'équipe).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
            {
                var staff = await m.FindEntity<StaffMember>(i.StaffMemberId);
                EnsureInPost(staff, nameof(i.StaffMemberId));
                careCase.AddTeamMember(staff.Id, i.Role, i.From ?? m.Today);
            });
        mutation.Change<EndCaseTeamMembershipInput, CareCase, CareCasePayloadType>("endCaseTeamMembership",
            "Ends a membership of an open case's team; from its end the member no longer reaches the case through it (uscita dall'équipe).",
            Permission.ManageCases, i => new(i.CareCaseId, i.ExpectedVersion), async (m, careCase, i) =>
            {
                careCase.EndTeamMembership(MutationContext.KeyOf<CaseTeamMember>(i.MembershipId), i.To ?? m.Today);
            });
    }

    /// <summary>Only staff in post join a team or receive a case.</summary>
    /// <exception cref="DomainValidationException">The staff member has left (<see cref="StaffMember.Leave"/>).</exception>
    internal static void EnsureInPost(StaffMember staff, string field)
    {
        if (staff.ClosedOn is { } left)
            throw new DomainValidationException(field, $"{staff.FirstName} {staff.LastName} left on {left:yyyy-MM-dd}: name a staff member in post.");
    }
}
