using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Api.GraphQL.Paging;
using Hub.Domain.Audit;
using Hub.Domain.Common;
using Hub.Domain.Registry;

namespace Hub.Api.Registry;

/// <summary>
/// The fields every master-data type has (issue 15): when it closed, and its history. Added by the
/// entity graph type of any <see cref="MasterRecord"/>, so no type can forget them.
/// </summary>
public static class RegistryFields
{
    /// <summary>The description of every <c>closedOn</c> condition.</summary>
    public const string ClosedOnCondition = "Closing day (chiuso il): { isNull: true } keeps the records in force, { lte: \"2026-01-01\" } those closed by then.";

    /// <summary>Every change of a record, by version then field.</summary>
    public static readonly Loader<Guid, List<RecordChange>> HistoryByRecord =
        Loader.Children<RecordChange>(c => c.EntityId, q => q.OrderBy(c => c.Version).ThenBy(c => c.Field));

    /// <summary>Adds <c>closedOn</c> and <c>history</c> to the graph type of <typeparamref name="T"/>, a <see cref="MasterRecord"/>.</summary>
    public static void AddTo<T>(ObjectGraphType<T> type) where T : Entity
    {
        type.Field<DateOnlyGraphType>("closedOn").Description("The day the record closed (chiuso / cessato / ritirato); null while in force. Records are never deleted.")
            .Sensitive(Sensitivity.Public).Resolve(context => ((MasterRecord)(object)context.Source!).ClosedOn);
        AddHistoryTo(type, "Who changed which field when, from what to what, oldest first (storico delle variazioni); empty for callers other than registry administrators and auditors.",
            Sensitivity.Public);
    }

    /// <summary>Adds <c>history</c> (the record's <see cref="RecordChange"/> rows, read through their row scope) to the graph type of <typeparamref name="T"/>.</summary>
    public static void AddHistoryTo<T>(ObjectGraphType<T> type, string description, Sensitivity sensitivity) where T : Entity =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordChangeType>>>>("history").Description(description)
            .Sensitive(sensitivity).Reads().Resolve(context => context.LoadList(HistoryByRecord, context.Source!.Id));
}
