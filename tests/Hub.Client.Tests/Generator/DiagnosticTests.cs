using Microsoft.CodeAnalysis;

namespace Hub.Client.Tests.Generator;

/// <summary>A document the hub would refuse fails the consumer's build, at its file, line and column.</summary>
public sealed class DiagnosticTests
{
    [Theory]
    [InlineData("query Q { person(fiscalCode: \"X\") { nickname } }", "Cannot query field 'nickname' on type 'Person'.", 1, 37)]
    [InlineData("query Q {\n  person(fiscalCode: 42) { id }\n}", "Argument 'fiscalCode' has an invalid value (42). Expected type 'String!'.", 2, 22)]
    [InlineData("query Q {\n  person(fiscalCode: $cf) { id }\n}", "Variable '$cf' is not defined by operation 'Q'.", 2, 22)]
    [InlineData("query Q($id: PersonId!) { node(id: $id) { id } }", "Unknown type 'PersonId'.", 1, 14)]
    [InlineData("query Q { person { id } }", "Argument 'fiscalCode' of type 'String!' is required for field 'person' but not provided.", 1, 11)]
    [InlineData("query Q($cf: String) { person(fiscalCode: $cf) { id } }", "Variable '$cf' of type 'String' used in position expecting type 'String!'.", 1, 43)]
    [InlineData("query Q($cf: String!, $unused: Int) { person(fiscalCode: $cf) { id } }", "Variable '$unused' is never used in operation 'Q'.", 1, 23)]
    [InlineData("query Q { person(fiscalCode: \"X\") { ...Missing } }", "Unknown fragment 'Missing'.", 1, 37)]
    [InlineData("query Q { person(fiscalCode: \"X\") { sex(first: 1) } }", "Unknown argument 'first' on field 'sex'.", 1, 41)]
    [InlineData("query Q { person(fiscalCode: \"X\") { residence } }", "Field 'residence' of type 'Address' must have a selection of subfields. Did you mean 'residence { ... }'?", 1, 37)]
    [InlineData("query Q { persons(where: { sex: { eq: MAN } }) { totalCount } }", "Argument 'where' field 'sex' field 'eq' has an invalid value (MAN). Expected type 'Sex'.", 1, 39)]
    [InlineData("mutation M { cancelPlacement(input: { note: \"x\" }) { errors { message } } }", "Argument 'input' has an invalid value: field 'placementId' of required type 'ID!' was not provided.", 1, 37)]
    [InlineData("query Q {\n  person(fiscalCode: \"X\") { name: firstName name: lastName }\n}", "Fields 'name' conflict because 'firstName' and 'lastName' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 45)]
    [InlineData("query Q { a: person(fiscalCode: \"X\") { id } a: person(fiscalCode: \"Y\") { id } }", "Fields 'a' conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 1, 45)]
    [InlineData("query Q { person(fiscalCode: \"X\") { ...P } }\nfragment P on Person { id: firstName }\nquery R { person(fiscalCode: \"X\") { id ...P } }", "Fields 'id' conflict because 'id' and 'firstName' are different fields. Use different aliases on the fields to fetch both if this was intentional.", 2, 24)]
    public void Invalid_document_fails_with_the_rule_and_its_position(string document, string message, int line, int column)
    {
        var diagnostic = Assert.Single(GeneratorRun.Of(("Bad.graphql", document)).GeneratorDiagnostics);

        Assert.Equal(("HUB003", DiagnosticSeverity.Error, message), (diagnostic.Id, diagnostic.Severity, diagnostic.GetMessage()));
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/repo/Documents/Bad.graphql", line, column), (position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1));
    }

    [Fact]
    public void Syntax_error_points_at_the_unexpected_token()
    {
        var diagnostic = Assert.Single(GeneratorRun.Of(("Bad.graphql", "query Q {\n  person(fiscalCode: \"X\" { id }\n}")).GeneratorDiagnostics);

        Assert.Equal("HUB002", diagnostic.Id);
        Assert.Equal((2, 26), (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1, diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void Anonymous_operation_is_refused_because_its_class_needs_a_name()
    {
        var diagnostic = Assert.Single(GeneratorRun.Of(("Bad.graphql", "{ healthAuthorities { totalCount } }")).GeneratorDiagnostics);

        Assert.Equal("HUB004", diagnostic.Id);
    }

    [Fact]
    public void Invalid_document_generates_nothing()
    {
        var run = GeneratorRun.Of(("Good.graphql", "query Fine { healthAuthorities { totalCount } }"), ("Bad.graphql", "query Broken { nothing }"));

        Assert.Single(run.GeneratorDiagnostics);
        Assert.Empty(run.Sources);
    }
}
