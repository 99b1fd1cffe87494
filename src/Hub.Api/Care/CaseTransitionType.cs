using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>One step of a case's history: SOCIAL like the case.</summary>
public sealed class CaseTransitionType : HubObjectGraphType<CaseTransition>
{
    public CaseTransitionType() : base("CaseTransition", "One change of state of a case (passaggio di stato): who, when, from, to, why.", Sensitivity.Social)
    {
        Field(t => t.Episode).Description("The episode: 1, then one more at each reopening (episodio).");
        Field(t => t.Action).Description("What was done, as the case's transitions name it: open, start assessment, activate, suspend, resume, reassess, close, cancel, reopen.");
        Field(t => t.From, nullable: true).Description("The state before; null for the opening.");
        Field(t => t.To).Description("The state after.");
        Field(t => t.Reason, nullable: true).Description("Why, when the action takes a reason (closure reason, reopening reason).");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When (UTC instant).").Resolve(context => context.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("by").Description("Who: the caller's subject (sub) as the audit trail names it.").Sensitive(Sensitivity.Personal)
            .Resolve(context => context.Source.CreatedBy);
    }
}
