using System.ComponentModel;

namespace Hub.Domain.Minors;

[Description("The judicial authority that issues a measure on a minor (autorità giudiziaria).")]
public enum CourtAuthority
{
    [Description("Tribunale per i minorenni.")]
    JuvenileCourt,
    [Description("Giudice tutelare.")]
    GuardianshipJudge,
    [Description("Procura della Repubblica presso il Tribunale per i minorenni.")]
    JuvenileProsecutor,
    [Description("Tribunale ordinario (separations, divorces, parental disputes).")]
    OrdinaryCourt,
}
