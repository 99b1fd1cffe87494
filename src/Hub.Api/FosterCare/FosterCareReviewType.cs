using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.FosterCare;

namespace Hub.Api.FosterCare;

/// <summary>A review of an affido: SOCIAL like the affido's terms.</summary>
public sealed class FosterCareReviewType : HubObjectGraphType<FosterCareReview>
{
    public FosterCareReviewType() : base("FosterCareReview", "A periodic review of an affido (verifica semestrale): when, what it found, when the next is due.", Sensitivity.Social)
    {
        Field(r => r.ReviewedOn).Description("When the review was held (data della verifica).");
        Field(r => r.Outcome).Description("What it found, in words (esito).");
        Field(r => r.NextReviewOn).Description("When the next review is due, within six months (prossima verifica).");
    }
}
