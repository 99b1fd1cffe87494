using System.ComponentModel;

namespace Hub.Domain.FosterCare;

[Description("On what an affido rests (affido consensuale o giudiziale).")]
public enum FosterCareBasis
{
    [Description("Consensuale: agreed with the parents, made executive by the giudice tutelare.")]
    Consensual,
    [Description("Giudiziale: ordered by the Tribunale per i minorenni; the placement names the court measure.")]
    Judicial,
}
