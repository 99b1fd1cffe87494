using System.Linq.Expressions;

namespace Hub.Api.GraphQL;

/// <summary>Puts one expression where a lambda's parameter was, to compose declared selectors.</summary>
public sealed class ParameterSwap(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(Expression body, ParameterExpression from, Expression to) => new ParameterSwap(from, to).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
