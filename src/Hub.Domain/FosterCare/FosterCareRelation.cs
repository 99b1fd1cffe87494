using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("Who fosters, in relation to the minor (affido intrafamiliare o eterofamiliare).")]
public enum FosterCareRelation
{
    [Description("Intrafamiliare: relatives within the fourth degree.")]
    IntraFamilial,
    [Description("Eterofamiliare: a family not related to the minor.")]
    HeteroFamilial,
}
