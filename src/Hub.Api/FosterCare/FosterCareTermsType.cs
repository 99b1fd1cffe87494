using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.FosterCare;

namespace Hub.Api.FosterCare;

/// <summary>The terms of an affido, a value of its placement: SOCIAL; the court measure JUDICIAL.</summary>
public sealed class FosterCareTermsType : HubObjectGraphType<FosterCareTerms>
{
    public FosterCareTermsType() : base("FosterCareTerms", "The terms of an affido familiare: consensual or judicial, intra- or hetero-familial, full-time or part-time, residential or daytime.", Sensitivity.Social)
    {
        // SOCIAL whatever its value: gating only a judicial basis would make FORBIDDEN itself say that a court ordered the affido.
        // The service working the affido needs to know it; what the court decreed stays JUDICIAL on courtMeasure.
        Field(t => t.Basis).Description("Consensual or judicial (affido consensuale / giudiziale); the decree itself is courtMeasure, JUDICIAL.");
        Field(t => t.Relation).Description("Intra- or hetero-familial (intrafamiliare / eterofamiliare).");
        Field(t => t.Schedule).Description("Full-time or part-time (tempo pieno / parziale).");
        Field(t => t.Setting).Description("Residential or daytime (residenziale / diurno).");
        Reference<Minors.CourtMeasureType>("courtMeasure", t => t.CourtMeasureId).Description("The court measure that orders a judicial affido; null for a consensual one (provvedimento).")
            .Sensitive(Sensitivity.Judicial);
    }
}
