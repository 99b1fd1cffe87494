using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.Organizations;
using Hub.Api.People;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>A person's care as the hospital and the services look it up: cases, plan, placements, whom to call.</summary>
public sealed class PersonCareFields : ITypeExtension<PersonType>
{
    public void AddFieldsTo(PersonType person)
    {
        person.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CareCaseType>>>>("cases").Description("The person's cases, newest first (prese in carico).")
            .Sensitive(Sensitivity.Social).Reads().Resolve(context => LoadCasesOf(context, context.Source.Id));
        person.Field<CarePlanType>("activeCarePlan").Description("The plan in force, if any: the latest active one (PAP attivo).")
            .Reads().Resolve(context => PersonCare.Load(context, PersonCare.Parts.Plan, context.Source.Id).Then(care => care?.ActivePlan));
        person.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements").Description("The person's placements, newest request first (inserimenti).")
            .Reads().Resolve(context => PersonCare.Load(context, PersonCare.Parts.Placements, context.Source.Id).Then(care => care?.Placements ?? []));
        person.Field<StaffMemberType>("caseManager").Description("The case manager of the person's most recent open case: whom to call (responsabile del caso).")
            .Reads().Resolve(context => PersonCare.Load(context, PersonCare.Parts.Manager, context.Source.Id).Then(care => care?.CaseManager));
    }

    /// <summary>A person's cases, newest first; with their case managers in the same statement when <c>caseManager</c> is selected below.</summary>
    private static IDataLoaderResult<List<CareCase>> LoadCasesOf(IResolveFieldContext context, Guid personId) =>
        context.LoadList(context.Selects("caseManager") ? CareLoaders.CasesWithManagersByPerson : CareLoaders.CasesByPerson, personId);
}
