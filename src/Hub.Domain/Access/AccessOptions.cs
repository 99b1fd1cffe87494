namespace Hub.Domain.Access;

/// <summary><c>Hub:Access</c>: tunables of the row scopes.</summary>
public sealed class AccessOptions
{
    public const string Section = "Hub:Access";

    /// <summary>
    /// Days a hospital keeps reaching a person after its discharge request for them was discharged
    /// or cancelled, to finish its own paperwork; then the person is reached only by naming them again.
    /// </summary>
    public int HospitalGraceDays { get; set; } = 7;
}
