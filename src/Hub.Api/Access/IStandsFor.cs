namespace Hub.Api.Access;

/// <summary>
/// A <c>where:</c> or <c>order:</c> input of one object type, <see cref="Subject"/>: each of its
/// fields stands for the subject's field of the same name, and using it needs that field's clearance.
/// </summary>
public interface IStandsFor
{
    /// <summary>The name of the object type whose fields the input's fields stand for.</summary>
    string Subject { get; }
}
