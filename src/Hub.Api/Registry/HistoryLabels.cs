using System.Text.Json;
using GraphQL;
using Hub.Api.GraphQL.DataLoaders;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Registry;

/// <summary>
/// The names of the records a history row's value refers to, so that a registry administrator reads
/// "Azienda USL Toscana Centro", not a key: a field that holds a reference (<c>operatorOrganizationId</c>,
/// <c>address.municipalityId</c>) or a list of them (<c>zones</c>) is named by the last part of its name.
/// The referenced records are master data, open to every reader.
/// </summary>
internal static class HistoryLabels
{
    private delegate Task<Dictionary<Guid, string>> Names(HubDbContext db, List<Guid> ids, CancellationToken ct);

    private static readonly Names Organizations = (db, ids, ct) => db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

    private static readonly Names Zones = async (db, ids, ct) =>
        (await db.Zones.AsNoTracking().Where(z => ids.Contains(z.Id)).Select(z => new { z.Id, z.Code, z.Name }).ToListAsync(ct)).ToDictionary(z => z.Id, z => $"{z.Code} {z.Name}");

    private static readonly Dictionary<string, Names> ByField = new(StringComparer.Ordinal)
    {
        ["organizationId"] = Organizations,
        ["operatorOrganizationId"] = Organizations,
        ["ownerOrganizationId"] = Organizations,
        ["providerOrganizationId"] = Organizations,
        ["municipalityId"] = (db, ids, ct) => db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, ct),
        ["healthAuthorityId"] = (db, ids, ct) => db.HealthAuthorities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct),
        ["zoneId"] = Zones,
        ["zones"] = Zones,
        ["serviceId"] = (db, ids, ct) => db.Services.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct),
        ["structureId"] = (db, ids, ct) => db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct),
    };

    /// <summary>A value's names, keyed by (the field's last part, the value as stored), for every row of one level of the query at once.</summary>
    private static readonly Loader<(string Kind, string Value), string> Label = new(async (request, keys, ct) =>
    {
        var labels = new Dictionary<(string, string), string>();
        foreach (var kind in keys.GroupBy(k => k.Kind))
        {
            var names = await ByField[kind.Key](request.Db, kind.SelectMany(k => Ids(k.Value)).Distinct().ToList(), ct);
            foreach (var key in kind)
                labels[key] = string.Join(", ", Ids(key.Value).Select(id => names.GetValueOrDefault(id, id.ToString())));
        }
        return labels;
    });

    /// <summary>The names <paramref name="value"/> of <paramref name="field"/> refers to, comma-separated; null when the field holds no reference or the value is null.</summary>
    public static object? Of(IResolveFieldContext context, string field, string? value)
    {
        var kind = field[(field.LastIndexOf('.') + 1)..];
        return value is null || !ByField.ContainsKey(kind) ? null : context.Load(Label, (kind, value));
    }

    // A reference is stored as one id; a list of them as a JSON array (ChangeLog).
    private static List<Guid> Ids(string value) =>
        value.StartsWith('[') ? JsonSerializer.Deserialize<List<Guid>>(value) ?? [] : Guid.TryParse(value, out var id) ? [id] : [];
}
