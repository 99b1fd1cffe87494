using System.ComponentModel;

namespace Hub.Api.GraphQL.Sorting;

[Description("Direction of one sort key.")]
public enum SortDirection
{
    [Description("Ascending: A to Z, lowest first, oldest first.")]
    Asc,
    [Description("Descending: Z to A, highest first, newest first.")]
    Desc,
}
