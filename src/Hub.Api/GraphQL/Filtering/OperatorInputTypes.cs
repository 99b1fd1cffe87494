using GraphQL.Types;

namespace Hub.Api.GraphQL.Filtering;

/// <summary>What every operator input says about null: one rule, written once.</summary>
internal static class NullRule
{
    public const string Text = " A null operator value (a literal null or a variable left out) is refused with INVALID_FILTER, never ignored;"
        + " ask for absence with isNull.";

    public const string IsNull = "true: the field has no value; false: it has one. On a field that always has a value, true matches nothing.";
}

/// <summary>Conditions on a text field (codes, references). Matching by contains/startsWith/endsWith ignores ASCII case.</summary>
public sealed class TextFilterInputType : InputObjectGraphType<object>
{
    public TextFilterInputType()
    {
        Name = "TextFilter";
        Description = "Conditions on a text field that holds a code or a reference; contains, startsWith and endsWith ignore the case of"
            + " unaccented letters (A–Z), as codes are written. Names have NameFilter, which ignores accents too." + NullRule.Text;
        Field<StringGraphType>("eq").Description("Equal to (exact).");
        Field<StringGraphType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("Equal to none of.");
        InputRules.InputLimits.CapPattern(Field<StringGraphType>("contains").Description("Contains, ignoring case.").FieldType);
        InputRules.InputLimits.CapPattern(Field<StringGraphType>("startsWith").Description("Starts with, ignoring case.").FieldType);
        InputRules.InputLimits.CapPattern(Field<StringGraphType>("endsWith").Description("Ends with, ignoring case.").FieldType);
        Field<BooleanGraphType>("isNull").Description(NullRule.IsNull);
    }
}

/// <summary>Conditions on a name, matched the same way on every database.</summary>
public sealed class NameFilterInputType : InputObjectGraphType<object>
{
    public const string Folding = "ignoring case, accents and apostrophes, with white space collapsed"
        + " (NICOLÒ, Nicolò and nicolo match each other, as do D'Angelo, D’Angelo and Dangelo)";

    public NameFilterInputType()
    {
        Name = "NameFilter";
        Description = $"Conditions on a name (of a person, a place, a body). contains, startsWith and endsWith match {Folding};"
            + " eq, neq, in and nin compare the name exactly as stored (Unicode NFC, as every text is stored)." + NullRule.Text;
        Field<StringGraphType>("eq").Description("Equal to (exact).");
        Field<StringGraphType>("neq").Description("Not equal to (exact).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("Equal to one of (exact).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("Equal to none of (exact).");
        InputRules.InputLimits.CapPattern(Field<StringGraphType>("contains").Description("Contains, ignoring case, accents and apostrophes.").FieldType);
        InputRules.InputLimits.CapPattern(Field<StringGraphType>("startsWith").Description("Starts with, ignoring case, accents and apostrophes; served by the name's index.").FieldType);
        InputRules.InputLimits.CapPattern(Field<StringGraphType>("endsWith").Description("Ends with, ignoring case, accents and apostrophes.").FieldType);
        Field<BooleanGraphType>("isNull").Description(NullRule.IsNull);
    }
}

/// <summary>Conditions on an ordered value: numbers, dates, instants.</summary>
public sealed class ComparableFilterInputType<TScalar> : InputObjectGraphType<object> where TScalar : ScalarGraphType
{
    public ComparableFilterInputType()
    {
        var scalar = ((ScalarGraphType)Activator.CreateInstance(typeof(TScalar))!).Name;
        Name = $"{scalar}Filter";
        Description = $"Conditions on a {scalar} field." + NullRule.Text;
        Field<TScalar>("eq").Description("Equal to.");
        Field<TScalar>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("in").Description("Equal to one of.");
        Field<ListGraphType<NonNullGraphType<TScalar>>>("nin").Description("Equal to none of.");
        Field<TScalar>("gt").Description("Greater than.");
        Field<TScalar>("gte").Description("Greater than or equal to.");
        Field<TScalar>("lt").Description("Less than.");
        Field<TScalar>("lte").Description("Less than or equal to.");
        Field<BooleanGraphType>("isNull").Description(NullRule.IsNull);
    }
}

/// <summary>Conditions on an enum field.</summary>
public sealed class EnumFilterInputType<TEnumType> : InputObjectGraphType<object> where TEnumType : EnumerationGraphType
{
    public EnumFilterInputType()
    {
        var enumeration = ((EnumerationGraphType)Activator.CreateInstance(typeof(TEnumType))!).Name;
        Name = $"{enumeration}Filter";
        Description = $"Conditions on a {enumeration} field." + NullRule.Text;
        Field<TEnumType>("eq").Description("Equal to.");
        Field<TEnumType>("neq").Description("Not equal to.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("in").Description("One of.");
        Field<ListGraphType<NonNullGraphType<TEnumType>>>("nin").Description("None of.");
        Field<BooleanGraphType>("isNull").Description(NullRule.IsNull);
    }
}

/// <summary>Conditions on a yes/no field.</summary>
public sealed class BooleanFilterInputType : InputObjectGraphType<object>
{
    public BooleanFilterInputType()
    {
        Name = "BooleanFilter";
        Description = "Conditions on a true/false field." + NullRule.Text;
        Field<BooleanGraphType>("eq").Description("Equal to.");
    }
}

/// <summary>Conditions on a global id.</summary>
public sealed class IdFilterInputType : InputObjectGraphType<object>
{
    public IdFilterInputType()
    {
        Name = "IdFilter";
        Description = "Conditions on a global id." + NullRule.Text;
        Field<IdGraphType>("eq").Description("The object with this id.");
        Field<IdGraphType>("neq").Description("Any object but this one.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("in").Description("Any of these objects.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("nin").Description("None of these objects.");
    }
}

/// <summary>Conditions on the elements of a list of <typeparamref name="TFilter"/>.</summary>
public sealed class ListFilterInputType<TFilter> : InputObjectGraphType<object> where TFilter : IInputObjectGraphType
{
    public ListFilterInputType()
    {
        var element = ((IInputObjectGraphType)Activator.CreateInstance(typeof(TFilter))!).Name;
        Name = $"{element}List";
        Description = $"Conditions on a list, by {element}.";
        Field<TFilter>("some").Description("At least one element matches.");
        Field<TFilter>("all").Description("Every element matches.");
        Field<TFilter>("none").Description("No element matches.");
    }
}
