using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Tests.CommandLine;

/// <summary>Issue 15: the registry imports from the command line, as the system, with the mutation's rules.</summary>
public sealed class ImportCommandTests(HubApiFactory factory) : IClassFixture<HubApiFactory>
{
    private const string Header = "regional_code,name,operator_tax_code,comune_istat_code,address,module_kind,authorised_places,contracted_places";

    [Fact]
    public async Task Import_structures_previews_a_dry_run_writes_a_clean_file_and_refuses_a_bad_one_naming_file_and_line()
    {
        var (taxCode, istat) = await OperatorAndComuneAsync();
        var code = $"C{Guid.NewGuid():N}"[..16];
        var clean = await FileAsync($"{code},RSA da riga di comando,{taxCode},{istat},Via Uno 1,BASE,20,20", $"{code},RSA da riga di comando,{taxCode},{istat},Via Uno 1,MOTOR,8,6");
        var bad = await FileAsync($"{code}X,RSA sbagliata,{taxCode},{istat},Via Due 2,BASE,5,9");

        var dryRun = await CommandLineRun.RunAsync(factory.Services, "import-structures", "--file", clean, "--dry-run");
        var storedAfterDryRun = await CountAsync(code);
        var written = await CommandLineRun.RunAsync(factory.Services, "import-structures", "--file", clean);
        var refused = await CommandLineRun.RunAsync(factory.Services, "import-structures", "--file", bad);
        File.Delete(clean);
        File.Delete(bad);

        Assert.Equal((0, "Dry run: 2 lines: 3 created, 0 updated, 0 unchanged."), (dryRun.ExitCode, dryRun.Output.Trim()));
        Assert.Equal(0, storedAfterDryRun);
        Assert.Equal((0, "Imported 2 lines: 3 created, 0 updated, 0 unchanged."), (written.ExitCode, written.Output.Trim()));
        Assert.Equal(1, await CountAsync(code));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{bad}:2: contracted_places (9) exceeds authorised_places (5).", refused.Error, StringComparison.Ordinal);
    }

    private async Task<int> CountAsync(string code)
    {
        await using var scope = factory.SystemScope();
        return await factory.SystemContext(scope).Structures.CountAsync(s => s.RegionalCode == code);
    }

    private static async Task<string> FileAsync(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"structures-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(path, lines.Prepend(Header));
        return path;
    }

    private async Task<(string TaxCode, string Istat)> OperatorAndComuneAsync()
    {
        await using var scope = factory.SystemScope();
        var db = factory.SystemContext(scope);
        var taxCode = $"{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}";
        db.Organizations.Add(new Organization(OrganizationKind.Provider, "Cooperativa da riga di comando", taxCode));
        await db.SaveChangesAsync();
        return (taxCode, await db.Municipalities.OrderBy(m => m.IstatCode).Select(m => m.IstatCode).FirstAsync());
    }
}
