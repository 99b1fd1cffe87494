namespace Hub.Domain.Care;

/// <summary>Who pays an intervention, in euro per day: ASL (health), social fund, the user, the comune.</summary>
public sealed record CostShares(decimal Health, decimal Social, decimal User, decimal Municipality)
{
    public static readonly CostShares None = new(0, 0, 0, 0);

    public decimal Total => Health + Social + User + Municipality;
}
