namespace Hub.Domain.People;

/// <summary>A member's relationship to the head of the household (relazione di parentela, as in the anagrafe).</summary>
public enum Relationship
{
    /// <summary>Intestatario della scheda.</summary>
    Head,
    /// <summary>Coniuge or partner in a civil union.</summary>
    Spouse,
    /// <summary>Convivente.</summary>
    Partner,
    /// <summary>Figlio/a.</summary>
    Child,
    /// <summary>Genitore.</summary>
    Parent,
    /// <summary>Fratello/sorella.</summary>
    Sibling,
    /// <summary>Nonno/a.</summary>
    Grandparent,
    /// <summary>Nipote (grandchild).</summary>
    Grandchild,
    /// <summary>Altro parente.</summary>
    OtherRelative,
    /// <summary>Convivente non parente (e.g. a live-in carer).</summary>
    CoResident,
}
