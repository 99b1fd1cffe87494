using GraphQL;
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
internal sealed class RequestAdmission(GraphQLOptions options, TrustedDocuments trusted, HubSchema schema) : IDisposable
{
    private readonly CostLimitRule costLimits = new(options);

    // GraphQL's own rules, and a condition or sort key on a field needs the field's clearance, judged
    // with the variables in place before anything runs.
    private readonly IValidationRule[] validationRules = [.. DocumentValidator.CoreRules, new ConditionClearanceRule()];

    // A document that passed the core rules before passes them again: only the caller's clearances are judged anew, where the
    // document can give a condition or a sort key at all.
    private readonly IValidationRule[] cachedDocumentRules = [new ConditionClearanceRule()];

    private readonly DocumentCache documents = new();

    // Read off the schema once, not for every document kept. The schema is built here, with the admission, which the endpoint
    // resolves at start-up: no request builds it (it took 2.9 s of the first one on a 2-core machine, issue 18), and a schema
    // that cannot be built stops start-up.
    private readonly bool schemaDefaultsConditions = ConditionClearanceRule.DefaultsAnInputObject(Built(schema));

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
        var validated = documents.Find(admitted.Query);
        var (document, error) = validated is not null ? (validated.Document, null) : DocumentParser.Parse(admitted);
        if (document is null)
            return new(admitted, null, error);
        return new(admitted, document, costLimits.Check(schema, document, admitted, cancellationToken), validated);
    }

    /// <summary>
    /// The validation rules to execute an admitted document with: all of them; or, when it passed the core rules before
    /// (<paramref name="validated"/>, <see cref="Admission.Validated"/>), only those judging the caller, and none when it can give no condition.
    /// </summary>
    public IValidationRule[] RulesFor(DocumentCache.Validated? validated) => validated switch
    {
        null => validationRules,
        { CanCondition: true } => cachedDocumentRules,
        _ => [],
    };

    /// <summary>Keeps a document that executed, hence passed validation, for the next request sending its text.</summary>
    public void Remember(GraphQLRequest request, GraphQLDocument? document, DocumentCache.Validated? validated, ExecutionResult result)
    {
        if (validated is null && result.Executed && document is not null)
            documents.Add(request.Query!, new(document, schemaDefaultsConditions || ConditionClearanceRule.CanCondition(document, schema)));
    }

    public void Dispose() => documents.Dispose();

    private static HubSchema Built(HubSchema schema)
    {
        schema.Initialize();
        return schema;
    }

    /// <summary>
    /// An admitted request (<see cref="Refusal"/> null) or a refused one; <see cref="Validated"/> set when its document came
    /// from the cache of validated documents, found once per request.
    /// </summary>
    public sealed record Admission(GraphQLRequest? Request, GraphQLDocument? Document, TransportError? Refusal, DocumentCache.Validated? Validated = null);
}
