namespace Hub.Client.Tests.EndToEnd;

/// <summary>Assertions on Hub.Client results that name what went wrong.</summary>
public static class Results
{
    /// <summary>The data of a result that has no GraphQL error.</summary>
    public static T Ok<T>(HubResult<T> result) where T : class
    {
        Assert.True(result.IsSuccess, $"HTTP {result.StatusCode}: {string.Join("; ", result.Errors)}");
        return result.Data!;
    }

    /// <summary>A mutation's payload that reports no domain error.</summary>
    public static T Done<T>(T payload, IEnumerable<object> errors)
    {
        Assert.True(!errors.Any(), $"Refused: {string.Join("; ", errors)}");
        return payload;
    }
}
