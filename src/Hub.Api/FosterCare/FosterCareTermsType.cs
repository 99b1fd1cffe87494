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
        Field(t => t.Basis).Description("Consensual or judicial (affido consensuale / giudiziale).");
        Field(t => t.Relation).Description("Intra- or hetero-familial (intrafamiliare / eterofamiliare).");
        Field(t => t.Schedule).Description("Full-time or part-time (tempo pieno / parziale).");
        Field(t => t.Setting).Description("Residential or daytime (residenziale / diurno).");
        Reference<Minors.CourtMeasureType>("courtMeasure", t => t.CourtMeasureId).Description("The court measure that orders a judicial affido; null for a consensual one (provvedimento).")
            .Sensitive(Sensitivity.Judicial);
    }
}
