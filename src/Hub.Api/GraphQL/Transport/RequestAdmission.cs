using GraphQL.Transport;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hub.Api.Access;
using Hub.Domain.Access;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// What every transport does with a request before GraphQL validates it, in one place so that HTTP and
/// the socket admit alike: resolve a trusted document's id (or refuse an ad-hoc document from a
/// trusted-only caller), refuse a filter written too long (seen before parsing), parse once (bounded
/// depth), and refuse a document costing more than the limits allow. Judged before validation, since
/// validation too can be made to work hard.
/// </summary>
internal sealed class RequestAdmission(GraphQLOptions options, TrustedDocuments trusted, HubSchema schema)
{
    private readonly CostLimitRule costLimits = new(options);

    /// <summary>
    /// The validation rules every execution runs: GraphQL's own, and a condition or sort key on a field
    /// needs the field's clearance, judged with the variables in place before anything runs.
    /// </summary>
    public IValidationRule[] ValidationRules { get; } = [.. DocumentValidator.CoreRules, new ConditionClearanceRule()];

    /// <summary>
    /// The request to run (a <c>documentId</c> replaced by its document) and its parsed document, or why it
    /// is refused. A document that does not parse is admitted without one: execution reports the parser's
    /// message and location.
    /// </summary>
    public Admission Admit(GraphQLRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var (admitted, refusal) = trusted.Admit(request, caller);
        if (refusal is not null)
            return new(null, null, refusal);
        if (costLimits.CheckText(admitted!.Query ?? "") is { } early)
            return new(null, null, early);
        var (document, error) = DocumentParser.Parse(admitted);
        if (document is null)
            return new(admitted, null, error);
        // The schema is built lazily at its first execution; its types are needed before.
        schema.Initialize();
        return new(admitted, document, costLimits.Check(schema, document, admitted, cancellationToken));
    }

    /// <summary>An admitted request (<see cref="Refusal"/> null) or a refused one.</summary>
    public sealed record Admission(GraphQLRequest? Request, GraphQLDocument? Document, TransportError? Refusal);
}
