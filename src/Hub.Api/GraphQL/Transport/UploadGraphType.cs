using GraphQL.Types;
using GraphQLParser.AST;

namespace Hub.Api.GraphQL.Transport;

/// <summary>
/// The <c>Upload</c> scalar of the GraphQL multipart request specification: an input only, whose value is
/// a file part of a <c>multipart/form-data</c> request, placed in the variables by the request's <c>map</c>.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file, sent as a part of a multipart/form-data request per the GraphQL multipart request specification "
            + "(https://github.com/jaydenseric/graphql-multipart-request-spec): write null in the variables and name the variable's path in `map`. "
            + $"The request needs the header {UploadOptions.PreflightHeader}: 1.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null or Upload => value,
        _ => throw new InvalidOperationException(
            "An Upload is a file part of a multipart/form-data request, mapped to this variable by the request's 'map'; it cannot be written as a value."),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue
        ? null
        : throw new InvalidOperationException("An Upload cannot be written in the document: pass it as a variable of a multipart request.");

    // An input only: nothing in the schema returns a file (documents are downloaded at their own URL).
    public override object? Serialize(object? value) => null;
}
