using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("How much of the minor's time the affido covers (tempo pieno o parziale).")]
public enum FosterCareSchedule
{
    [Description("A tempo pieno.")]
    FullTime,
    [Description("A tempo parziale: some days or weekends.")]
    PartTime,
}
