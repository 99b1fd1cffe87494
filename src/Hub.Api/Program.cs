using Hub.Api.CommandLine;
using Hub.Api.Extensions;

// Settings and assets ship beside the binary, whatever directory the hub is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddHub();
var app = builder.Build();

if (HubCommands.IsCommand(args))
    return await HubCommands.RunAsync(app.Services, args);

app.MapHub();
await app.InitializeHubDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
