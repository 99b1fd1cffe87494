using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.SocialRecord;

/// <summary>A membership of a case's team: SOCIAL like the case (who works on whose case says the person is in care).</summary>
public sealed class CaseTeamMemberType : HubObjectGraphType<CaseTeamMember>
{
    public CaseTeamMemberType() : base("CaseTeamMember", "A staff member's membership of a case's team (équipe): role, from, to.", Sensitivity.Social)
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The membership's id, for endCaseTeamMembership.")
            .Resolve(context => GlobalId.Encode(nameof(CaseTeamMember), context.Source.Id));
        // The staff member of a clinical membership says as much as its role (their profession is public): gated alike.
        Field<StaffMemberType>("staffMember").Reads(m => m.StaffMemberId)
            .Description("The staff member (operatore); of a clinical membership (NURSE, PSYCHOLOGIST, PHYSICIAN, THERAPIST) HEALTH like its role, and FORBIDDEN to readers without it.")
            .Resolve(context => StaffMemberType.Load(context, RecordLevel.Gate(context, CaseTeamRoles.LevelOf(context.Source.Role), context.Source.StaffMemberId)));
        Field(m => m.Role, nullable: true)
            .Description("Their part in the case (ruolo); a clinical role (NURSE, PSYCHOLOGIST, PHYSICIAN, THERAPIST) is HEALTH and FORBIDDEN to readers without it.")
            .Resolve(context => RecordLevel.Gate(context, CaseTeamRoles.LevelOf(context.Source.Role), context.Source.Role));
        Field(m => m.From).Description("The first day on the team (dal).");
        Field(m => m.To, nullable: true).Description("The first day no longer on the team (al, exclusive); null while open-ended.");
    }
}
