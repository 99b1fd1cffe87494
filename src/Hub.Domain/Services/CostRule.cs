using System.ComponentModel;

namespace Hub.Domain.Services;

[Description("What the user pays (compartecipazione).")]
public enum CostRule
{
    [Description("Free of charge.")]
    Free,
    [Description("Means-tested by ISEE.")]
    MeansTested,
}
