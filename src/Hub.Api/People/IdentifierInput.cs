using Hub.Domain.Common;
using Hub.Domain.People;

namespace Hub.Api.People;

/// <summary>A person identifier given in a mutation's input.</summary>
internal static class IdentifierInput
{
    /// <summary>Parses <paramref name="value"/>; a malformed code is a validation failure of the input field that carried it.</summary>
    /// <param name="field">The input field, as the domain names it (FiscalCode); the client sees it in the schema's spelling.</param>
    public static PersonIdentifier Parse(string value, string field)
    {
        try
        {
            return PersonIdentifier.Parse(value);
        }
        catch (InvalidIdentifierException e)
        {
            throw new DomainValidationException(field, e.Message);
        }
    }
}
