using GraphQL.Types;
using Hub.Api.GraphQL;
using Hub.Domain.Audit;
using Hub.Domain.Registry;

namespace Hub.Api.Registry;

/// <summary>One field of a master-data record changed by one saved change; read through the history's row scope.</summary>
public sealed class RecordChangeType : HubObjectGraphType<RecordChange>
{
    public RecordChangeType() : base("RecordChange", "A field of a master-data record changed by one saved change (variazione): who, when, from what to what.", Sensitivity.Public)
    {
        Field(c => c.Version).Description("The record's version the change produced; 1 is its creation.");
        Field(c => c.ChangedAt).Description("When the change was saved (UTC).");
        Field(c => c.ChangedBy).Description("Who made it: the subject (sub) of the caller's token, or the system's actor.");
        Field(c => c.Field).Description("The field as the schema names it; a part of a value is dotted, e.g. address.street, contacts.phone, tariff.dailyHealthShare.");
        Field(c => c.From, nullable: true).Description("The value before, as text in the schema's spelling (enum values, ISO dates, database keys of references, named by fromLabel); null when it had none.");
        Field(c => c.To, nullable: true).Description("The value after, as text in the schema's spelling; null when it has none.");
        Field<StringGraphType>("fromLabel").Description("When the field refers to other records (an operator, a comune, zones): their names before, comma-separated; null otherwise.")
            .Resolve(c => HistoryLabels.Of(c, c.Source.Field, c.Source.From));
        Field<StringGraphType>("toLabel").Description("When the field refers to other records: their names after, comma-separated; null otherwise.")
            .Resolve(c => HistoryLabels.Of(c, c.Source.Field, c.Source.To));
    }
}
