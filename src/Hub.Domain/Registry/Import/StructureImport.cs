using System.ComponentModel;
using System.Reflection;
using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Registry.Import;

/// <summary>
/// Loads structures and their modules from a file in the shape of the regional RSA register: one line per
/// module, the structure's columns repeated on each of its lines. A structure is found by its regional code and
/// a module by its kind within it, so the same file imported twice changes nothing the second time. New
/// structures are RSAs (the register's kind) and new modules start with no daily tariff: the register carries
/// none, and the shares are set with changeModulePlaces. Who imports keeps each structure as with
/// registerStructure: the Region any, a public body those it runs (<see cref="RegistryChecks"/>).
/// </summary>
public static class StructureImport
{
    public const string RegionalCode = "regional_code", Name = "name", OperatorTaxCode = "operator_tax_code", IstatCode = "comune_istat_code",
        Address = "address", ModuleKindColumn = "module_kind", AuthorisedPlaces = "authorised_places", ContractedPlaces = "contracted_places";

    /// <summary>The header the file must carry, in the register's order.</summary>
    public static readonly string[] Columns = [RegionalCode, Name, OperatorTaxCode, IstatCode, Address, ModuleKindColumn, AuthorisedPlaces, ContractedPlaces];

    // The domain's field names, as the file's columns.
    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        [nameof(Structure.RegionalCode)] = RegionalCode, [nameof(Structure.Name)] = Name, [nameof(Structure.OperatorOrganizationId)] = OperatorTaxCode,
        [nameof(StructureModule.ContractedPlaces)] = ContractedPlaces, [nameof(StructureModule.AuthorisedPlaces)] = AuthorisedPlaces,
    };

    private sealed record Line(RegistryCsv.Row Row, string Code, string Name, Organization Operator, Address Address, ModuleKind Kind, int Authorised, int Contracted);

    /// <summary>
    /// Reads <paramref name="text"/> and applies it to the tracked <paramref name="db"/> (nothing is saved here):
    /// the caller saves when the report has no problem and is no dry run, and clears the tracker otherwise.
    /// </summary>
    /// <exception cref="ForbiddenException">A line names a structure the caller does not keep; the message names the line.</exception>
    public static async Task<ImportReport> ApplyAsync(HubDbContext db, string text, bool dryRun, DateOnly today, CancellationToken ct)
    {
        var csv = RegistryCsv.Read(text, Columns, []);
        var lines = await ParseAsync(db, csv, ct);
        var changes = new List<ImportChange>();
        if (csv.Problems.Count == 0)
        {
            var codes = lines.Select(l => RegistryCsv.CodeKey(l.Code)).Distinct().ToList();
            var existing = await db.Structures.Include(s => s.Modules).Where(s => codes.Contains(s.RegionalCode.ToUpper())).ToDictionaryAsync(s => RegistryCsv.CodeKey(s.RegionalCode), ct);
            foreach (var structure in lines.GroupBy(l => RegistryCsv.CodeKey(l.Code)))
                changes.AddRange(Apply(db, csv, structure.ToList(), existing.GetValueOrDefault(structure.Key), today));
        }
        return new ImportReport(dryRun, csv.Rows.Count, changes, [.. csv.Problems.OrderBy(p => p.Line)]);
    }

    private static async Task<List<Line>> ParseAsync(HubDbContext db, RegistryCsv csv, CancellationToken ct)
    {
        var taxCodes = csv.Rows.Select(r => csv.Text(r, OperatorTaxCode)).OfType<string>().Select(RegistryCsv.CodeKey).Distinct().ToList();
        var operators = (await db.Organizations.Where(o => o.TaxCode != null && taxCodes.Contains(o.TaxCode.ToUpper())).ToListAsync(ct))
            .GroupBy(o => RegistryCsv.CodeKey(o.TaxCode!)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var istatCodes = csv.Rows.Select(r => csv.Text(r, IstatCode)).OfType<string>().Distinct().ToList();
        var comuni = await db.Municipalities.Where(m => istatCodes.Contains(m.IstatCode)).ToDictionaryAsync(m => m.IstatCode, m => m.Id, StringComparer.Ordinal, ct);
        var lines = new List<Line>();
        var first = new Dictionary<(string, ModuleKind), int>();
        foreach (var row in csv.Rows)
        {
            var (code, name, taxCode, istat) = (csv.Required(row, RegionalCode, 30), csv.Required(row, Name), csv.Required(row, OperatorTaxCode, 16), csv.Required(row, IstatCode, 6));
            var (kind, authorised, contracted) = (csv.Choice<ModuleKind>(row, ModuleKindColumn), csv.Count(row, AuthorisedPlaces), csv.Count(row, ContractedPlaces));
            var operatorOrganization = taxCode is null ? null : OperatorOf(csv, row, operators.GetValueOrDefault(RegistryCsv.CodeKey(taxCode)), taxCode);
            var comune = istat is null ? (Guid?)null : comuni.TryGetValue(istat, out var found) ? found : Missing(csv, row, IstatCode, $"'{istat}' is no comune's ISTAT code.");
            if (contracted > authorised)
                csv.Problem(row, ContractedPlaces, $"({contracted}) exceeds authorised_places ({authorised}).");
            if (code is null || name is null || operatorOrganization is null || comune is null || kind is null || authorised is null || contracted is null)
                continue;
            if (!first.TryAdd((RegistryCsv.CodeKey(code), kind.Value), row.Line))
                csv.Problem(row, ModuleKindColumn, $"repeats the {kind} module of {code} already on line {first[(RegistryCsv.CodeKey(code), kind.Value)]}: one line per module.");
            else
                lines.Add(new Line(row, code, name, operatorOrganization, new Address(comune.Value, csv.Text(row, Address), null), kind.Value, authorised.Value, contracted.Value));
        }
        foreach (var structure in lines.GroupBy(l => RegistryCsv.CodeKey(l.Code)))
            foreach (var line in structure.Skip(1).Where(l => (l.Name, l.Operator.Id, l.Address) != (structure.First().Name, structure.First().Operator.Id, structure.First().Address)))
                csv.Problem(line.Row, null, $"Structure {line.Code} is described differently on line {structure.First().Row.Line}: its name, operator and address must be the same on each of its lines.");
        return lines;
    }

    private static Organization? OperatorOf(RegistryCsv csv, RegistryCsv.Row row, List<Organization>? found, string taxCode)
    {
        var open = found?.Where(o => o.ClosedOn is null).ToList() ?? [];
        if (open.Count == 1)
            return open[0];
        csv.Problem(row, OperatorTaxCode, open.Count == 0
            ? $"'{taxCode}' is no open organisation's tax code: register the operator first (registerOrganization)."
            : $"'{taxCode}' is the tax code of {open.Count} organisations: correct the register of organisations first.");
        return null;
    }

    private static Guid? Missing(RegistryCsv csv, RegistryCsv.Row row, string column, string message)
    {
        csv.Problem(row, column, message);
        return null;
    }

    // One structure's lines against its record: created, changed where the file differs, or left as it is.
    private static IEnumerable<ImportChange> Apply(HubDbContext db, RegistryCsv csv, List<Line> lines, Structure? structure, DateOnly today)
    {
        var head = lines[0];
        var caller = db.Scope.Caller;
        if (!caller.KeepsRegionalRegisters() && (structure?.OperatorOrganizationId ?? head.Operator.Id) != head.Operator.Id)
            throw new ForbiddenException($"Line {head.Row.Line}: structure {head.Code} would pass to another operator, which only the Region's registry administrators record.");
        try
        {
            caller.EnsureKeepsStructuresOf(structure?.OperatorOrganizationId ?? head.Operator.Id, head.Code);
        }
        catch (ForbiddenException e)
        {
            throw new ForbiddenException($"Line {head.Row.Line}: {e.Message}");
        }
        var changes = new List<ImportChange>();
        try
        {
            var fields = new List<string>();
            if (structure is null)
            {
                structure = new Structure(StructureKind.Rsa, head.Name, head.Code, head.Operator, head.Address);
                db.Structures.Add(structure);
            }
            else
                fields = Update(structure, head);
            changes.Add(new ImportChange(head.Row.Line, head.Code, fields.Count == 0 && db.Entry(structure).State != EntityState.Added ? ImportAction.Unchanged
                : db.Entry(structure).State == EntityState.Added ? ImportAction.Created : ImportAction.Updated, fields));
        }
        catch (DomainException e)
        {
            csv.Refused(head.Row, e, ColumnOfField);
            return changes;
        }
        foreach (var line in lines)
        {
            try
            {
                changes.Add(ApplyModule(db, structure, line, today));
            }
            catch (DomainException e)
            {
                csv.Refused(line.Row, e, ColumnOfField);
            }
        }
        return changes;
    }

    private static List<string> Update(Structure structure, Line head)
    {
        var fields = new List<string>();
        if (structure.Name != head.Name)
        {
            structure.EnsureOpen("change");
            structure.Rename(head.Name);
            fields.Add("name");
        }
        // The register has no postal code: the street and comune decide, and a postal code kept in the hub stays.
        if ((structure.Address.MunicipalityId, structure.Address.Street) != (head.Address.MunicipalityId, head.Address.Street))
        {
            structure.EnsureOpen("change");
            structure.Relocate(head.Address);
            fields.Add("address");
        }
        if (structure.OperatorOrganizationId != head.Operator.Id)
        {
            structure.MoveTo(head.Operator);
            fields.Add("operator");
        }
        return fields;
    }

    private static ImportChange ApplyModule(HubDbContext db, Structure structure, Line line, DateOnly today)
    {
        var record = $"{line.Code} {line.Kind}";
        var module = structure.Modules.FirstOrDefault(m => m.Kind == line.Kind && m.ClosedOn is null);
        if (module is null)
        {
            db.StructureModules.Add(structure.AddModule(line.Kind, NameOf(line.Kind), line.Authorised, line.Contracted, new ModuleTariff(0, 0)));
            return new ImportChange(line.Row.Line, record, ImportAction.Created, []);
        }
        if ((module.AuthorisedPlaces, module.ContractedPlaces) == (line.Authorised, line.Contracted))
            return new ImportChange(line.Row.Line, record, ImportAction.Unchanged, []);
        module.ChangePlaces(line.Authorised, line.Contracted, module.Tariff, today);
        return new ImportChange(line.Row.Line, record, ImportAction.Updated, ["authorisedPlaces", "contractedPlaces"]);
    }

    // The kind's own words (Modulo base., Bassa intensità assistenziale (BIA).) name a new module until its operator describes it.
    private static string NameOf(ModuleKind kind) =>
        typeof(ModuleKind).GetField(kind.ToString())!.GetCustomAttribute<DescriptionAttribute>()!.Description.TrimEnd('.');
}
