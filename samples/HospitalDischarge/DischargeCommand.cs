using System.CommandLine;
using System.Globalization;
using Hub.Client;
using Microsoft.Extensions.DependencyInjection;

namespace HospitalDischarge;

/// <summary>The sample's command line: look a patient up, optionally file a discharge request, print what the ward needs.</summary>
internal static class DischargeCommand
{
    private static readonly Option<Uri> Url = new("--url")
    {
        Description = "The hub's GraphQL endpoint, e.g. http://localhost:5080/graphql.",
        Required = true,
        CustomParser = result => Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : Invalid(result, $"--url must be an absolute http(s) URL such as http://localhost:5080/graphql, not '{result.Tokens[0].Value}'."),
    };
    private static readonly Option<string> Token = new("--token") { Description = "A discharge planner's bearer token (dotnet run --project src/Hub.Api -- personas --role discharge-planner).", Required = true };
    private static readonly Option<string> FiscalCode = new("--fiscal-code") { Description = "The patient's codice fiscale.", Required = true };
    private static readonly Option<bool> File = new("--file-request") { Description = "Also file a protected-discharge request for the patient." };
    private static readonly Option<string> Hospital = new("--hospital-id") { Description = "With --file-request: the hospital's Organization id." };
    private static readonly Option<string> Ward = new("--ward") { Description = "With --file-request: the ward (reparto).", DefaultValueFactory = _ => "Medicina interna" };
    private static readonly Option<string> Needs = new("--needs") { Description = "With --file-request: needs after discharge.", DefaultValueFactory = _ => "Assistenza continuativa" };
    private static readonly Option<int> InDays = new("--in-days") { Description = "With --file-request: expected discharge in this many days.", DefaultValueFactory = _ => 5 };
    private static readonly Option<bool> Follow = new("--follow") { Description = "With --file-request: then follow the request's status by subscription until it is discharged or cancelled (Ctrl+C stops)." };

    private static Uri Invalid(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return null!;
    }

    public static RootCommand Create()
    {
        var command = new RootCommand("Looks a patient up in the hub by codice fiscale and prints the active plan, placements and the case manager to call.")
        {
            Url, Token, FiscalCode, File, Hospital, Ward, Needs, InDays, Follow,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddHubClient(options => (options.Endpoint, options.AccessToken) = (parsed.GetValue(Url), parsed.GetValue(Token)));
        await using var provider = services.BuildServiceProvider();
        var hub = provider.GetRequiredService<IHubClient>();
        try
        {
            var fiscalCode = parsed.GetValue(FiscalCode)!;
            var filed = parsed.GetValue(File) ? await FileRequestAsync(hub, parsed, fiscalCode, cancellationToken) : (GlobalId?)null;
            var printed = await PrintSummaryAsync(hub, fiscalCode, cancellationToken);
            if (printed == 0 && parsed.GetValue(Follow) && filed is { } request)
                await FollowAsync(hub, request, cancellationToken);
            return printed;
        }
        catch (Exception e) when (e is HubClientException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }

    private static async Task<GlobalId> FileRequestAsync(IHubClient hub, ParseResult parsed, string fiscalCode, CancellationToken cancellationToken)
    {
        var hospital = parsed.GetValue(Hospital) ?? throw new HubClientException([new GraphQLError("--file-request needs --hospital-id.", "USAGE", [])]);
        var filed = (await hub.FileDischargeRequestAsync(new SubmitDischargeRequestInput
        {
            HospitalId = new GlobalId(hospital), FiscalCode = fiscalCode, Ward = parsed.GetValue(Ward)!, Needs = parsed.GetValue(Needs)!,
            AdmissionReference = $"HD-{DateTime.UtcNow:yyyyMMddHHmmss}", ExpectedDischargeOn = DateOnly.FromDateTime(DateTime.Today).AddDays(parsed.GetValue(InDays)),
            ProposedSetting = DischargeSetting.TemporaryResidential,
        }, cancellationToken)).EnsureData().SubmitDischargeRequest;
        // A refusal is data, not an exception: say why, in the hub's words.
        if (filed.Errors.Count > 0)
            throw new HubClientException([.. filed.Errors.Select(e => new GraphQLError(e.Message, null, []))]);
        Console.WriteLine($"Filed discharge request {filed.DischargeRequest!.Id} ({filed.DischargeRequest.Status}) for zone {filed.DischargeRequest.Zone.Name}.");
        return filed.DischargeRequest.Id;
    }

    /// <summary>Prints each status the request reaches, as the hub announces it, until it is discharged or cancelled; Ctrl+C ends it quietly.</summary>
    private static async Task FollowAsync(IHubClient hub, GlobalId request, CancellationToken cancellationToken)
    {
        Console.WriteLine("Following the request (Ctrl+C stops)…");
        try
        {
            await foreach (var result in hub.FollowDischargeRequestsAsync(cancellationToken: cancellationToken))
            {
                var change = result.EnsureData().DischargeRequestChanged;
                if (change.NodeId != request || change.Node is not FollowDischargeRequestsSubscription.DischargeRequestChangedNodeDischargeRequest { Status: var status })
                    continue;
                Console.WriteLine($"Status: {status}");
                if (status is DischargeRequestStatus.Discharged or DischargeRequestStatus.Cancelled)
                    return;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: the summary was printed; following was optional.
        }
    }

    private static async Task<int> PrintSummaryAsync(IHubClient hub, string fiscalCode, CancellationToken cancellationToken)
    {
        var person = (await hub.PatientSummaryAsync(fiscalCode, cancellationToken)).EnsureData().Person;
        if (person is null)
        {
            await Console.Error.WriteLineAsync($"error: no patient with codice fiscale {fiscalCode} is visible to this caller.");
            return 3;
        }
        Console.WriteLine($"{person.LastName} {person.FirstName}, born {person.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        Console.WriteLine(person.ActiveCarePlan is { } plan ? $"Active plan: {plan.Status}{Dated(", review due", plan.ReviewDue)}" : "Active plan: none");
        foreach (var placement in person.Placements ?? [])
            Console.WriteLine($"Placement: {placement.Status} at {placement.Structure?.Name ?? "a foster family (affido)"} ({placement.Module?.Name}){Dated(", admitted", placement.AdmittedOn)}");
        Console.WriteLine(person.CaseManager is { } manager
            ? $"Case manager to call: {manager.FirstName} {manager.LastName} ({manager.Profession}), phone {manager.Contacts.Phone ?? "-"}, email {manager.Contacts.Email ?? "-"}"
            : "Case manager to call: none assigned yet");
        return 0;
    }

    private static string Dated(string label, DateOnly? date) => date is { } day ? $"{label} {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "";
}
