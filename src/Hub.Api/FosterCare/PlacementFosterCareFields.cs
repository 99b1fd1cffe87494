using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Care;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Domain.Audit;

namespace Hub.Api.FosterCare;

/// <summary>An affido's own fields on <c>Placement</c>: the family, the terms, the reviews, the outcome; null or empty for a structure placement.</summary>
public sealed class PlacementFosterCareFields : ITypeExtension<PlacementType>
{
    public void AddFieldsTo(PlacementType placement)
    {
        placement.Field<FosterFamilyType>("fosterFamily").Description("The foster family of an affido (famiglia affidataria); null for a structure placement.")
            .Sensitive(Sensitivity.Social).Reads(p => p.FosterFamilyId).Resolve(context => FosterFamilyType.Load(context, context.Source.FosterFamilyId));
        placement.Field<FosterCareTermsType>("fosterCare").Description("The terms of an affido; null for a structure placement.")
            .Sensitive(Sensitivity.Social).Resolve(context => context.Source.FosterCare);
        placement.Field(p => p.FosterCareOutcome, nullable: true).Description("How an affido ended (esito dell'affido); null while in course.").Sensitive(Sensitivity.Social);
        placement.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FosterCareReviewType>>>>("fosterCareReviews")
            .Description("An affido's periodic reviews, earliest first (verifiche semestrali); empty for a structure placement.")
            .Sensitive(Sensitivity.Social).FewPerParent().Reads().Resolve(context => context.LoadList(FosterCareLoaders.ReviewsByPlacement, context.Source.Id));
    }
}
