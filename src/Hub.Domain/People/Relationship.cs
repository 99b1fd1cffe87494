using System.ComponentModel;

namespace Hub.Domain.People;

[Description("A member's relationship to the head of the household (relazione di parentela, as in the anagrafe).")]
public enum Relationship
{
    [Description("Intestatario della scheda.")]
    Head,
    [Description("Coniuge or partner in a civil union.")]
    Spouse,
    [Description("Convivente.")]
    Partner,
    [Description("Figlio/a.")]
    Child,
    [Description("Genitore.")]
    Parent,
    [Description("Fratello/sorella.")]
    Sibling,
    [Description("Nonno/a.")]
    Grandparent,
    [Description("Nipote (grandchild).")]
    Grandchild,
    [Description("Altro parente.")]
    OtherRelative,
    [Description("Convivente non parente (e.g. a live-in carer).")]
    CoResident,
}
