using System.ComponentModel;

namespace Hub.Domain.Minors;

[Description("How an adult exercises responsibility for a minor (responsabilità genitoriale).")]
public enum ParentalRole
{
    [Description("Parent (genitore).")]
    Parent,
    [Description("Guardian appointed by the court (tutore), when no parent exercises responsibility.")]
    Guardian,
    [Description("Special curator (curatore speciale) representing the minor in proceedings.")]
    Curator,
}
