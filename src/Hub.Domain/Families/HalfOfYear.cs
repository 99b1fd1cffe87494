using System.ComponentModel;
using Hub.Domain.Common;

namespace Hub.Domain.Families;

[Description("Which half of a year (semestre).")]
public enum HalfOfYear
{
    [Description("January to June (primo semestre).")]
    First,
    [Description("July to December (secondo semestre).")]
    Second,
}
