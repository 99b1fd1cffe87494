using GraphQL;
using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.GraphQL.Mutations;
using Hub.Api.GraphQL.Relay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>
/// The hub with mutations only tests have, until the care features bring real ones: one that
/// needs <see cref="Permission.OperatePlacements"/> and acts on a placement, one that declares nothing.
/// </summary>
internal static class TestMutationsHost
{
    public static WebApplicationFactory<Program> WithTestMutations(this HubApiHost host) =>
        host.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IMutationFields, TestMutations>()));

    private sealed class TestMutations : IMutationFields
    {
        public void AddTo(ObjectGraphType mutation)
        {
            mutation.Field<StringGraphType>("testOperatePlacement").Description("Test only: the placement's status, as a provider's mutation would load it.")
                .Argument<NonNullGraphType<IdGraphType>>("id", "The placement's global id.")
                .Requires(Permission.OperatePlacements)
                .ResolveAsync(async context =>
                {
                    GlobalId.TryDecode(context.GetArgument<string>("id"), out _, out var id);
                    var status = await context.Db().Placements.Where(p => p.Id == id).Select(p => (object?)p.Status).SingleOrDefaultAsync(context.CancellationToken);
                    return status?.ToString() ?? "NOT_FOUND";
                });
            mutation.Field<StringGraphType>("testUndeclared").Description("Test only: a mutation that forgot its permission.")
                .Resolve(_ => "ran");
        }
    }
}
