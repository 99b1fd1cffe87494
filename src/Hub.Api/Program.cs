using System.Globalization;
using Hub.Api.CommandLine;
using Hub.Api.Extensions;

// ICU is loaded for Unicode normalisation only: numbers, dates and messages never follow the machine's LANG.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

// Settings and assets ship beside the binary, whatever directory the hub is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddHub();
var app = builder.Build();

// MapHub before the database: it refuses a production start without an authority or a key, before anything is written.
return await HubCommands.RunAsync(app.Services, args, async () =>
{
    app.MapHub();
    await app.InitializeHubDatabaseAsync();
    await app.RunAsync();
});

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
