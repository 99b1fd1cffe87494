using Hub.Domain.Access;
using Hub.Domain.Audit;

namespace Hub.Domain.Tests.Access;

public sealed class CallerTests
{
    private const string Org = "0195f0a0-0000-7000-8000-000000000001";

    [Fact]
    public void Roles_combine_their_reach_clearances_and_permissions()
    {
        var caller = Caller.FromClaims("m.rossi", Org, "HEALTH_AUTHORITY", ["social-worker", "registry-admin"], ["CE-FIR"], []);

        Assert.True(caller.ReachesZones);
        Assert.False(caller.ReachesGuests);
        Assert.True(caller.MayRead(Sensitivity.Personal | Sensitivity.Health));
        Assert.False(caller.MayRead(Sensitivity.Judicial));
        Assert.True(caller.May(Permission.ManageCases));
        Assert.True(caller.May(Permission.ManageMasterData));
        Assert.False(caller.May(Permission.OperatePlacements));
        Assert.Equal("social-worker,registry-admin", caller.AuditRoles);
    }

    [Fact]
    public void Only_the_child_protection_worker_reads_judicial_fields()
    {
        var readers = Enum.GetValues<Role>().Where(role => (RoleGrant.Of[role].Clearance & Sensitivity.Judicial) != 0);

        Assert.Equal([Role.ChildProtectionWorker], readers);
    }

    [Fact]
    public void Municipal_officer_reads_no_health_data()
    {
        var caller = Caller.FromClaims("c", Org, "MUNICIPALITY", ["municipal-officer"], [], []);

        Assert.True(caller.MayRead(Sensitivity.Personal | Sensitivity.Social));
        Assert.False(caller.MayRead(Sensitivity.Health));
    }

    [Theory]
    [InlineData("PROVIDER", "provider-operator", "")]
    [InlineData("HOSPITAL", "social-worker", "")]
    [InlineData("REGION", "acot", "CE-FIR")]
    [InlineData("HOSPITAL", "nurse", "")]
    [InlineData("HOSPITAL", "discharge-planner", "CE-FIR")]
    public void Contradictory_claims_are_refused(string kind, string role, string zones)
    {
        Assert.Throws<InvalidCallerException>(() => Caller.FromClaims("x", Org, kind, [role], zones.Length == 0 ? [] : [zones], []));
    }

    [Fact]
    public void Nobody_reaches_nothing_and_the_system_everything()
    {
        Assert.False(Caller.Nobody.MayRead(Sensitivity.Personal));
        Assert.False(Caller.Nobody.ReachesZones || Caller.Nobody.ReachesResidents || Caller.Nobody.ReachesLookups || Caller.Nobody.Unrestricted);
        var system = Caller.SystemActing("system");
        Assert.True(system.MayRead(Sensitivity.Judicial) && system.May(Permission.ManageCases) && system.Unrestricted);
    }

    [Fact]
    public void Role_names_are_the_kebab_case_of_the_claims()
    {
        Assert.Equal("discharge-planner", Role.DischargePlanner.Name());
        Assert.True(RoleNames.TryParse("provider-operator", out var role));
        Assert.Equal(Role.ProviderOperator, role);
    }
}
