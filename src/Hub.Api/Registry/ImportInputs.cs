using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using Hub.Api.GraphQL.InputRules;

namespace Hub.Api.Registry;

[Description("A CSV file of structures with their modules, in the shape of the regional RSA register, to load into the registry (importazione).")]
public sealed record ImportStructuresInput(
    [property: InputType(typeof(NonNullGraphType<CsvScalar>)), Description("The file's text (UTF-8, comma-separated, RFC 4180 quoting), header first: regional_code, name, operator_tax_code, comune_istat_code, address, "
        + "module_kind (BASE, LOW_INTENSITY …), authorised_places, contracted_places; one line per module.")] string Csv,
    [property: Description("True to only report what would change, writing nothing; false or omitted to write a clean file.")] bool? DryRun);

[Description("A CSV file of territorial staff to load into the registry (importazione del personale).")]
public sealed record ImportStaffInput(
    [property: InputType(typeof(NonNullGraphType<CsvScalar>)), Description("The file's text, header first: employer_tax_code, last_name, first_name, profession (SOCIAL_WORKER …), weekly_hours (36 or 18.5), "
        + "zone_codes (zone codes separated by ';'); one line per staff member.")] string Csv,
    [property: Description("True to only report what would change, writing nothing; false or omitted to write a clean file.")] bool? DryRun);
