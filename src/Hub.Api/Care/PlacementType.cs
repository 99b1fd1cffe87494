using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.People;
using Hub.Api.Structures;
using Hub.Domain.Audit;
using Hub.Domain.Care;

namespace Hub.Api.Care;

/// <summary>A placement: PERSONAL, since it tells where a person is cared for.</summary>
public sealed class PlacementType : EntityGraphType<Placement, PlacementFilterInputType, PlacementSortInputType>
{
    /// <param name="extensions">Fields other features add (an affido's family, terms and reviews).</param>
    public PlacementType(IEnumerable<ITypeExtension<PlacementType>> extensions)
        : base("A placement (inserimento) of a person: in a structure's module (FHIR Task/Encounter), or with a foster family (affido familiare).", Sensitivity.Personal)
    {
        Field(p => p.Kind).Description("In a structure's module, or with a foster family (tipo di inserimento: struttura / affido familiare). "
            + "A hospital reaches no FOSTER_CARE placement (nor its intervention): that a child is in foster care is a matter of child protection, no part of a discharge's summary.");
        Reference<PersonType>("person", p => p.PersonId).Description("The guest (ospite).");
        Reference<InterventionType>("intervention", p => p.InterventionId).Description("The plan's intervention it delivers (intervento).").Sensitive(Sensitivity.Social);
        Reference<StructureType>("structure", p => p.StructureId).Description("The structure (struttura); null for an affido.").Sensitive(Sensitivity.Public);
        // The module tells a dementia or cognitive unit from a general one: a diagnosis, for whoever reads it next to a person.
        // Nullable, so that a caller without the clearance gets FORBIDDEN at this field and keeps the rest of the placement.
        Field<StructureModuleType>("module").Description("The module whose place it takes (modulo); null for an affido.").Sensitive(Sensitivity.HealthSummary)
            .Reads(p => p.ModuleId).Resolve(context => StructureModuleType.Load(context, context.Source.ModuleId));
        Field(p => p.Status).Description("State of the placement (stato dell'inserimento).");
        Field(p => p.Priority, nullable: true).Description("Waiting-list priority, lower first (priorità in lista d'attesa).").Sensitive(Sensitivity.Social);
        Field(p => p.RequestedOn).Description("When it was requested (data di richiesta).");
        Field(p => p.OfferedOn, nullable: true).Description("When a place was offered (data dell'offerta).");
        Field(p => p.OfferExpiresOn, nullable: true).Description("Until when the offer stands (scadenza dell'offerta).");
        Field(p => p.AdmittedOn, nullable: true).Description("Admission date (data di ingresso).");
        Field(p => p.MaximumEndDate, nullable: true).Description("Latest end of a temporary or intermediate-care stay (termine massimo).");
        Field(p => p.AbsentSince, nullable: true).Description("Start of the current absence, e.g. a hospital stay (assente dal); the provider records it.");
        Field(p => p.EndedOn, nullable: true).Description("Discharge date (data di dimissione).");
        Field(p => p.DischargeReason, nullable: true).Description("Why the guest left (motivo di dimissione).");
        Field(p => p.EndNote, nullable: true).Description("Why it was declined or cancelled, in words (nota).").Sensitive(Sensitivity.Social);
        // DESIGN §4 gives providers and hospitals the care-need level, the HEALTH summary, without the HEALTH clearance the assessment itself needs.
        Field<IntGraphType>("careNeedLevel").Description("The guest's care-need level at the latest UVM assessment, 1 to 5 (livello di isogravità).")
            .Sensitive(Sensitivity.HealthSummary)
            .Resolve(context => context.Load(CareLoaders.CareNeedLevelByPerson, context.Source.PersonId));
        foreach (var extension in extensions)
            extension.AddFieldsTo(this);
    }
}
