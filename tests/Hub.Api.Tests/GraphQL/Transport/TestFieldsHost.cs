using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.GraphQL.Transport;

/// <summary>
/// The hub with root fields only tests have, for what the real schema cannot show on demand: a
/// resolver that throws, one that waits to be cancelled, one that shows the caller, one that leaves a change unsaved.
/// </summary>
internal static class TestFieldsHost
{
    public static WebApplicationFactory<Program> WithTestFields(this HubApiHost factory, string environment = "Development") =>
        factory.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .ConfigureServices(services =>
            {
                services.AddSingleton<CancellationProbe>();
                services.AddSingleton<IQueryFields, TestFields>();
            }));

    /// <summary>The family doctor <c>changeLeftUnsaved</c> gives a person without saving it.</summary>
    public const string UnsavedDoctor = "Dott. Mai Salvato";

    /// <summary>Tells a test that <c>waitForCancellation</c> started and that it was cancelled.</summary>
    public sealed class CancellationProbe
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class TestFields(CancellationProbe probe) : IQueryFields
    {
        public void AddTo(ObjectGraphType query)
        {
            query.Field<StringGraphType>("failing").Description("Test only: throws like a bug would.")
                .Resolve(_ => throw new InvalidOperationException("Login failed for 'hub' with Password=secret."));
            query.Field<StringGraphType>("waitForCancellation").Description("Test only: never answers until cancelled.")
                .ResolveAsync(async context =>
                {
                    probe.Started.TrySetResult();
                    using var registration = context.CancellationToken.Register(() => probe.Cancelled.TrySetResult());
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                    return null;
                });
            query.Field<StringGraphType>("userName").Description("Test only: the caller's name.")
                .Resolve(context => context.User?.Identity?.Name);
            query.Field<IdGraphType>("changeLeftUnsaved").Description("Test only: changes the first person the caller reaches in the request's context and saves nothing, as a change that failed part-way; the person's id.")
                .Sensitive(Sensitivity.Personal)
                .ResolveAsync(async context =>
                {
                    var person = await context.Db().Persons.OrderBy(p => p.Id).FirstAsync(context.CancellationToken);
                    person.SetFamilyDoctor(UnsavedDoctor);
                    return person.Id;
                });
        }
    }
}
