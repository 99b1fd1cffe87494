using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.Audit;
using Hub.Api.Care;
using Hub.Api.GraphQL.Paging;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Organizations;
using Hub.Domain.Audit;
using Hub.Domain.SocialRecord;

namespace Hub.Api.SocialRecord;

/// <summary>A diary entry: SOCIAL like the case; its text needs the entry's own level besides.</summary>
public sealed class DiaryEntryType : EntityGraphType<DiaryEntry, DiaryEntryFilterInputType, DiaryEntrySortInputType>
{
    public DiaryEntryType() : base("A dated entry of a case's social diary (diario sociale); append-only, corrected by later entries.", Sensitivity.Social)
    {
        Reference<CareCaseType>("careCase", e => e.CareCaseId).Description("The case (presa in carico).");
        Field(e => e.Kind).Description("What it records (tipo).");
        Field(e => e.OccurredOn).Description("When it happened (data).");
        Reference<StaffMemberType>("author", e => e.AuthorId).Description("The staff member who wrote it (autore).").Sensitive(Sensitivity.Personal);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("participants")
            .Description("Who took part, in words (partecipanti). Like the text, it needs the entry's own level: a reader without it gets null and a FORBIDDEN error here.")
            .Reads(e => e.Participants, e => e.Sensitivity)
            .Resolve(context => RecordLevel.Gate(context, context.Source.Sensitivity, context.Source.Participants));
        Field<NonNullGraphType<SensitivityType>>("sensitivity").Description("What reading its text needs: SOCIAL, HEALTH or JUDICIAL (riservatezza).")
            .Resolve(context => context.Source.Sensitivity);
        Field(e => e.Text, nullable: true).Description("What was said and done (testo). A reader without the entry's own level gets null and a FORBIDDEN error here; the rest of the entry stands.")
            // The gate reads the entry's level: a page selecting only text must still load it, or the gate would judge PUBLIC.
            .Reads(e => e.Text, e => e.Sensitivity)
            .Resolve(context => RecordLevel.Gate(context, context.Source.Sensitivity, context.Source.Text));
        Reference<DiaryEntryType>("corrects", e => e.CorrectsId).Description("The entry this one corrects (rettifica di), which stays in the diary.");
    }
}
