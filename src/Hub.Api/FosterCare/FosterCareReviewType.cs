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

/// <summary>The terms of an affido, a value of its placement: SOCIAL; a judicial basis and the court measure JUDICIAL.</summary>
public sealed class FosterCareTermsType : HubObjectGraphType<FosterCareTerms>
{
    public FosterCareTermsType() : base("FosterCareTerms", "The terms of an affido familiare: consensual or judicial, intra- or hetero-familial, full-time or part-time, residential or daytime.", Sensitivity.Social)
    {
        // JUDICIAL is the court's (as courtMeasures): the value is gated at its own level, as a case team's clinical role is.
        Field(t => t.Basis, nullable: true)
            .Description("Consensual or judicial (affido consensuale / giudiziale); a JUDICIAL basis is JUDICIAL and FORBIDDEN to readers without it.")
            .Resolve(context => RecordLevel.Gate(context, context.Source.Basis == FosterCareBasis.Judicial ? Sensitivity.Judicial : Sensitivity.Social, context.Source.Basis));
        Field(t => t.Relation).Description("Intra- or hetero-familial (intrafamiliare / eterofamiliare).");
        Field(t => t.Schedule).Description("Full-time or part-time (tempo pieno / parziale).");
        Field(t => t.Setting).Description("Residential or daytime (residenziale / diurno).");
        Reference<Minors.CourtMeasureType>("courtMeasure", t => t.CourtMeasureId).Description("The court measure that orders a judicial affido; null for a consensual one (provvedimento).")
            .Sensitive(Sensitivity.Judicial);
    }
}
