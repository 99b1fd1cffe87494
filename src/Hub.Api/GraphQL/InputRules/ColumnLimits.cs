using Hub.Domain.Access;
using Hub.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Api.GraphQL.InputRules;

/// <summary>
/// What a column of the EF model can hold: a text's length in characters, a decimal's precision
/// and scale. Read from the model itself, so inputs are capped by the same figures the migrations
/// create and never drift from them.
/// </summary>
internal sealed record ColumnLimits(int? MaxLength, int? Precision, int? Scale)
{
    // The limits do not depend on the provider; building the model opens no connection.
    private static readonly Lazy<IModel> Model = new(() =>
    {
        using var db = SystemAccess.CreateContext(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" });
        return db.Model;
    });

    /// <summary>The column of <paramref name="property"/> on <paramref name="owner"/>: an entity, an owned or a complex type.</summary>
    public static ColumnLimits Of(Type owner, string property)
    {
        var column = Properties().FirstOrDefault(p => p.DeclaringType.ClrType == owner && p.Name == property)
            ?? throw new InvalidOperationException($"The EF model maps no property {owner.Name}.{property}.");
        return new ColumnLimits(column.GetMaxLength(), column.GetPrecision(), column.GetScale());
    }

    private static IEnumerable<IProperty> Properties() =>
        Model.Value.GetEntityTypes().SelectMany(e => e.GetProperties().Concat(e.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())));
}
