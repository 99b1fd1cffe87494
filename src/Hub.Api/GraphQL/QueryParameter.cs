using System.Linq.Expressions;

namespace Hub.Api.GraphQL;

/// <summary>
/// A value placed in a query expression as a member of a captured object, the way a C# closure
/// does: EF Core sends it as a SQL parameter, so the statement text (and its plan) is reused.
/// </summary>
public static class QueryParameter
{
    public static Expression Of(object? value, Type type) =>
        Expression.Convert(Expression.Property(Expression.Constant(new Box(value)), nameof(Box.Value)), type);

    private sealed record Box(object? Value);
}
