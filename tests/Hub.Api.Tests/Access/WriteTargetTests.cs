using GraphQL.Types;
using Hub.Api.Access;
using Hub.Api.GraphQL;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Persistence;
using Hub.Domain.Structures;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Access;

/// <summary>Issue 10 §4: walks every mutation of the schema; each declares the targets it checks, and each rule fits its entity.</summary>
[Collection(HubApiCollection.Name)]
public sealed class WriteTargetTests(HubApiFactory factory) : HubApiTest(factory)
{
    [Fact]
    public void Every_mutation_declares_a_target_check()
    {
        var schema = Host.Services.GetRequiredService<HubSchema>();
        schema.Initialize();
        var mutations = schema.Mutation!.Fields.Select(field => field.Name).ToList();

        var undeclared = mutations.Where(name => !WriteTargets.Of.TryGetValue(name, out var targets) || targets.Length == 0).ToList();
        var stale = WriteTargets.Of.Keys.Except(mutations).ToList();

        Assert.True(undeclared.Count == 0, $"Declare the targets these mutations check in WriteTargets: {string.Join(", ", undeclared)}");
        Assert.True(stale.Count == 0, $"WriteTargets names mutations the schema does not have: {string.Join(", ", stale)}");
    }

    [Fact]
    public void A_row_scope_is_declared_only_on_entities_that_have_one_and_master_data_names_its_domain_check()
    {
        using var scope = Host.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<HubDbContext>().Model;

        var misfits = WriteTargets.Of.SelectMany(entry => entry.Value.Select(target => (Mutation: entry.Key, Target: target)))
            .Where(x => x.Target.Rule switch
            {
                TargetRule.RowScope => !Scoped(x.Target.Entity),
                // Structures and modules are master data a row scope hides only the shelters of (issue 17): their keepers' checks stand on top.
                TargetRule.Operated or TargetRule.Kept => Scoped(x.Target.Entity) && x.Target.Entity != typeof(Structure) && x.Target.Entity != typeof(StructureModule),
                TargetRule.Served or TargetRule.OwnOrganization => Scoped(x.Target.Entity),
                _ => false,
            })
            .Select(x => $"{x.Mutation}: {x.Target.Rule} on {x.Target.Entity.Name}").ToList();

        Assert.True(misfits.Count == 0, $"Rules that do not fit their entity (master data has no row scope, so it needs a check of its own): {string.Join("; ", misfits)}");

        bool Scoped(Type entity) => model.FindEntityType(entity)!.GetDeclaredQueryFilters().Count > 0;
    }
}
