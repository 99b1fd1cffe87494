using Hub.Domain.Access;
using Hub.Domain.Common;
using Hub.Domain.Organizations;
using Hub.Domain.Persistence;
using Hub.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Hub.Domain.Registry.Import;

/// <summary>
/// Loads territorial staff from a file, one line per staff member: employer's tax code, surname, first name,
/// profession, weekly hours and the codes of the zones served (separated by ';'). A staff member is found by
/// employer, surname and first name among those still employed (the register has no personnel number), so
/// the same file imported twice changes nothing the second time. Each body imports its own staff, as with
/// hireStaffMember (<see cref="RegistryChecks.EnsureKeepsOwn"/>); the command line, working as the system, any.
/// </summary>
public static class StaffImport
{
    public const string EmployerTaxCode = "employer_tax_code", LastName = "last_name", FirstName = "first_name", ProfessionColumn = "profession",
        WeeklyHours = "weekly_hours", ZoneCodes = "zone_codes";

    /// <summary>The header the file must carry.</summary>
    public static readonly string[] Columns = [EmployerTaxCode, LastName, FirstName, ProfessionColumn, WeeklyHours, ZoneCodes];

    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        [nameof(StaffMember.FirstName)] = FirstName, [nameof(StaffMember.LastName)] = LastName, [nameof(StaffMember.WeeklyHours)] = WeeklyHours, ["ZoneIds"] = ZoneCodes,
    };

    private sealed record Line(RegistryCsv.Row Row, Organization Employer, string LastName, string FirstName, Profession Profession, decimal Hours, List<Zone> Zones);

    /// <summary>Reads <paramref name="text"/> and applies it to the tracked <paramref name="db"/>; the caller saves or clears, as with <see cref="StructureImport"/>.</summary>
    /// <exception cref="ForbiddenException">A line names another body's staff; the message names the line.</exception>
    public static async Task<ImportReport> ApplyAsync(HubDbContext db, string text, bool dryRun, CancellationToken ct)
    {
        var csv = RegistryCsv.Read(text, Columns, []);
        var lines = await ParseAsync(db, csv, ct);
        var changes = new List<ImportChange>();
        if (csv.Problems.Count == 0)
        {
            var employers = lines.Select(l => l.Employer.Id).Distinct().ToList();
            var staff = await db.StaffMembers.Include(s => s.Zones).Where(s => employers.Contains(s.OrganizationId) && s.ClosedOn == null).ToListAsync(ct);
            var served = new Dictionary<Guid, IReadOnlySet<Guid>?>();
            foreach (var employer in lines.Select(l => l.Employer).DistinctBy(e => e.Id))
                served[employer.Id] = await ServedZones.OfAsync(db, employer, ct);
            foreach (var line in lines)
                if (Apply(db, csv, line, staff, served[line.Employer.Id]) is { } change)
                    changes.Add(change);
        }
        return new ImportReport(dryRun, csv.Rows.Count, changes, [.. csv.Problems.OrderBy(p => p.Line)]);
    }

    private static async Task<List<Line>> ParseAsync(HubDbContext db, RegistryCsv csv, CancellationToken ct)
    {
        var taxCodes = csv.Rows.Select(r => csv.Text(r, EmployerTaxCode)).OfType<string>().Select(RegistryCsv.CodeKey).Distinct().ToList();
        var employers = (await db.Organizations.Where(o => o.TaxCode != null && taxCodes.Contains(o.TaxCode.ToUpper()) && o.ClosedOn == null).ToListAsync(ct))
            .GroupBy(o => RegistryCsv.CodeKey(o.TaxCode!)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        var zones = await db.Zones.Where(z => z.ValidTo == null).ToDictionaryAsync(z => RegistryCsv.CodeKey(z.Code), ct);
        var lines = new List<Line>();
        var first = new Dictionary<(Guid, string, string), int>();
        foreach (var row in csv.Rows)
        {
            var (taxCode, last, firstName) = (csv.Required(row, EmployerTaxCode, 16), csv.Required(row, LastName, 100), csv.Required(row, FirstName, 100));
            var (profession, hours) = (csv.Choice<Profession>(row, ProfessionColumn), csv.Amount(row, WeeklyHours));
            var employer = taxCode is null ? null : employers.GetValueOrDefault(RegistryCsv.CodeKey(taxCode));
            if (taxCode is not null && employer is null)
                csv.Problem(row, EmployerTaxCode, $"'{taxCode}' is not the tax code of exactly one open organisation.");
            var codes = (csv.Text(row, ZoneCodes, maxLength: 2000) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = codes.Where(c => !zones.ContainsKey(RegistryCsv.CodeKey(c))).ToList();
            if (unknown.Count > 0)
                csv.Problem(row, ZoneCodes, $"names {string.Join(", ", unknown)}, which are no zones in force.");
            if (employer is null || last is null || firstName is null || profession is null || hours is null || unknown.Count > 0)
                continue;
            var key = (employer.Id, last.ToUpperInvariant(), firstName.ToUpperInvariant());
            if (!first.TryAdd(key, row.Line))
                csv.Problem(row, LastName, $"repeats {firstName} {last} of the same employer already on line {first[key]}: one line per staff member.");
            else
                lines.Add(new Line(row, employer, last, firstName, profession.Value, hours.Value, [.. codes.Select(c => zones[RegistryCsv.CodeKey(c)]).DistinctBy(z => z.Id)]));
        }
        return lines;
    }

    private static ImportChange? Apply(HubDbContext db, RegistryCsv csv, Line line, List<StaffMember> staff, IReadOnlySet<Guid>? served)
    {
        try
        {
            db.Scope.Caller.EnsureKeepsOwn(line.Employer.Id, $"Line {line.Row.Line}: organisation '{line.Employer.Name}'");
        }
        catch (ForbiddenException e)
        {
            throw new ForbiddenException(e.Message.StartsWith("Line", StringComparison.Ordinal) ? e.Message : $"Line {line.Row.Line}: {e.Message}");
        }
        var record = $"{line.FirstName} {line.LastName}";
        try
        {
            var member = staff.FirstOrDefault(s => s.OrganizationId == line.Employer.Id
                && string.Equals(s.LastName, line.LastName, StringComparison.OrdinalIgnoreCase) && string.Equals(s.FirstName, line.FirstName, StringComparison.OrdinalIgnoreCase));
            if (member is null)
            {
                member = new StaffMember(line.FirstName, line.LastName, line.Profession, line.Employer, line.Hours);
                member.ServeOnly(line.Zones, served);
                db.StaffMembers.Add(member);
                return new ImportChange(line.Row.Line, record, ImportAction.Created, []);
            }
            var fields = new List<string>();
            if (member.Profession != line.Profession)
            {
                member.ChangeProfession(line.Profession);
                fields.Add("profession");
            }
            if (member.WeeklyHours != line.Hours)
            {
                member.SetWeeklyHours(line.Hours);
                fields.Add("weeklyHours");
            }
            if (!member.Zones.Select(z => z.Id).Order().SequenceEqual(line.Zones.Select(z => z.Id).Order()))
            {
                member.ServeOnly(line.Zones, served);
                fields.Add("zones");
            }
            return new ImportChange(line.Row.Line, record, fields.Count == 0 ? ImportAction.Unchanged : ImportAction.Updated, fields);
        }
        catch (DomainException e)
        {
            csv.Refused(line.Row, e, ColumnOfField);
            return null;
        }
    }
}
