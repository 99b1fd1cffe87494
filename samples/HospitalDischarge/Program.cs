using System.CommandLine;
using HospitalDischarge;

// dotnet run --project samples/HospitalDischarge -- --url URL --token TOKEN --fiscal-code CF [--file-request ...]
return await DischargeCommand.Create().Parse(args).InvokeAsync();
