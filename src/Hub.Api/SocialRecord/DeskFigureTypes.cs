using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Organizations;
using Hub.Api.Planning;
using Hub.Api.Territory;
using Hub.Domain.Audit;

namespace Hub.Api.SocialRecord;

/// <summary>A count of information contacts: PUBLIC, it names no person.</summary>
public sealed class InformationContactCountType : HubObjectGraphType<InformationContactCount>
{
    public InformationContactCountType() : base("InformationContactCount", "Information-only contacts counted per zone, desk, area and who asked, over a period (contatti di segretariato).", Sensitivity.Public)
    {
        Reference<ZoneType>("zone", c => c.ZoneId).Description("The desk's zone-distretto.");
        Reference<OrganizationType>("desk", c => c.DeskId).Description("The desk's organisation.");
        Field(c => c.Area).Description("The area of need asked about.");
        Field(c => c.RequesterKind).Description("Who asked.");
        Field(c => c.Contacts, nullable: true).Description("How many contacts; null when suppressed (fewer than 5).");
        this.Suppressible();
    }
}

/// <summary>A desk's answer times: SOCIAL like the requests they are computed from.</summary>
public sealed class AnswerTimeType : HubObjectGraphType<AnswerTime>
{
    public AnswerTimeType() : base("AccessRequestAnswerTime", "How fast a desk answered the requests it received in a period (tempi di risposta).", Sensitivity.Social)
    {
        Reference<ZoneType>("zone", t => t.ZoneId).Description("The zone-distretto that answers.").Sensitive(Sensitivity.Public);
        Reference<OrganizationType>("desk", t => t.DeskId).Description("The desk's organisation.").Sensitive(Sensitivity.Public);
        Field(t => t.Received, nullable: true).Description("Requests received in the period; null when suppressed (fewer than 5).");
        Field(t => t.Answered, nullable: true).Description("Of those, how many are answered (any answer, a case opened included); null when suppressed.");
        Field(t => t.MedianDays, nullable: true).Description("Median days from receipt to answer of those answered; null when none is, or when suppressed.");
        Field(t => t.AverageDays, nullable: true).Description("Average days from receipt to answer of those answered; null when none is, or when suppressed.");
        Field(t => t.Overdue, nullable: true).Description("How many went past their due date: answered after it, or still unanswered after it today (scadute); null when suppressed.");
        this.Suppressible();
    }
}
