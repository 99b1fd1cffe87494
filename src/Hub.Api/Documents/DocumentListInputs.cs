using GraphQL.Types;
using Hub.Api.GraphQL.Filtering;
using Hub.Api.GraphQL.Sorting;
using Hub.Domain.Documents;

namespace Hub.Api.Documents;

public sealed class DocumentFilterInputType : FilterInputType<DocumentFilterInputType, Document>
{
    public DocumentFilterInputType() : base("Conditions on documents (the file name is not a condition: its clearance varies by document).")
    {
        Enum<EnumerationGraphType<DocumentKind>, DocumentKind>("kind", d => d.Kind, "What it is.");
        Comparable<DateOnlyGraphType, DateOnly>("issuedOn", d => d.IssuedOn, "The document's own date.");
    }
}

public sealed class DocumentSortInputType : SortInputType<DocumentSortInputType, Document>
{
    public DocumentSortInputType() : base("Sort keys of documents.")
    {
        Key("issuedOn", d => d.IssuedOn, "By the document's own date; documents of one day in the order attached.");
        Key("kind", d => d.Kind, "By kind.");
    }
}
