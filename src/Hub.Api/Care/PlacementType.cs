using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.People;
using Hub.Api.Structures;
using Hub.Domain.Audit;
using Hub.Domain.Care;
using Hub.Domain.People;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Care;

[ListArguments(typeof(PlacementFilterInputType), typeof(PlacementSortInputType))]
public sealed class PlacementType : EntityGraphType<Placement>
{
    public PlacementType() : base("Placement", "A placement (inserimento) of a person in a structure's module (FHIR Task/Encounter). Sensitivity: PERSONAL, since it tells where a person is cared for; priority and notes SOCIAL; the module and the care-need level HEALTH_SUMMARY.")
    {
        Field<NonNullGraphType<PersonType>>("person").Description("The guest (ospite).").Sensitive(Sensitivity.Personal)
            .Resolve(context => context.LoadById<Person>(context.Source.PersonId));
        Field<NonNullGraphType<InterventionType>>("intervention").Description("The plan's intervention it delivers (intervento).").Sensitive(Sensitivity.Social)
            .Resolve(context => context.LoadById<Intervention>(context.Source.InterventionId));
        Field<NonNullGraphType<StructureType>>("structure").Description("The structure (struttura). Sensitivity: PUBLIC.").Sensitive(Sensitivity.Public)
            .Resolve(context => context.LoadById<Structure>(context.Source.StructureId));
        // The module tells a dementia or cognitive unit from a general one: a diagnosis, for whoever reads it next to a person.
        Field<StructureModuleType>("module").Description("The module whose place it takes (modulo).").Sensitive(Sensitivity.HealthSummary)
            .Resolve(context => context.LoadById<StructureModule>(context.Source.ModuleId));
        Field(p => p.Status).Description("State of the placement (stato dell'inserimento).").Sensitive(Sensitivity.Personal);
        Field(p => p.Priority, nullable: true).Description("Waiting-list priority, lower first (priorità in lista d'attesa).").Sensitive(Sensitivity.Social);
        Field(p => p.RequestedOn).Description("When it was requested (data di richiesta).").Sensitive(Sensitivity.Personal);
        Field(p => p.OfferedOn, nullable: true).Description("When a place was offered (data dell'offerta).").Sensitive(Sensitivity.Personal);
        Field(p => p.OfferExpiresOn, nullable: true).Description("Until when the offer stands (scadenza dell'offerta).").Sensitive(Sensitivity.Personal);
        Field(p => p.AdmittedOn, nullable: true).Description("Admission date (data di ingresso).").Sensitive(Sensitivity.Personal);
        Field(p => p.MaximumEndDate, nullable: true).Description("Latest end of a temporary or intermediate-care stay (termine massimo).").Sensitive(Sensitivity.Personal);
        Field(p => p.AbsentSince, nullable: true).Description("Start of the current absence, e.g. a hospital stay (assente dal); the provider records it.").Sensitive(Sensitivity.Personal);
        Field(p => p.EndedOn, nullable: true).Description("Discharge date (data di dimissione).").Sensitive(Sensitivity.Personal);
        Field(p => p.DischargeReason, nullable: true).Description("Why the guest left (motivo di dimissione).").Sensitive(Sensitivity.Personal);
        Field(p => p.EndNote, nullable: true).Description("Why it was declined or cancelled, in words (nota).").Sensitive(Sensitivity.Social);
        // DESIGN §4 gives providers and hospitals the care-need level, the HEALTH summary, without the HEALTH clearance the assessment itself needs.
        Field<IntGraphType>("careNeedLevel").Description("The guest's care-need level at the latest UVM assessment, 1 to 5 (livello di isogravità).")
            .Sensitive(Sensitivity.HealthSummary)
            .Resolve(context => context.LoadPerParent<int?>("care-need level by person", context.Source.PersonId, async (db, keys, ct) =>
                (await db.Assessments.AsNoTracking().Where(a => keys.Contains(a.PersonId)).Select(a => new { a.PersonId, a.AssessedOn, a.CareNeedLevel }).ToListAsync(ct))
                    .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => (int?)g.MaxBy(a => a.AssessedOn)!.CareNeedLevel)));
    }
}
