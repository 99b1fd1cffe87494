using System.Collections;
using System.Reflection;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Persistence;

/// <summary>
/// Compares every public property of two copies of an entity, so a field added to the model
/// later is covered by the round-trip tests without editing them. Navigations to other entities
/// are left to the caller, who knows which were loaded.
/// </summary>
internal static class FieldAssert
{
    public static void SameFields<T>(T expected, T actual) where T : Entity
    {
        Assert.NotSame(expected, actual);
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsNavigation(property.PropertyType))
                continue;
            SameValue(property.Name, property.GetValue(expected), property.GetValue(actual));
        }
    }

    /// <summary>Compares each entity of a collection with the one of the same id.</summary>
    public static void SameFields<T>(IEnumerable<T> expected, IEnumerable<T> actual) where T : Entity
    {
        var expectedById = expected.OrderBy(e => e.Id).ToList();
        var actualById = actual.OrderBy(e => e.Id).ToList();
        Assert.Equal(expectedById.Select(e => e.Id), actualById.Select(e => e.Id));
        foreach (var (e, a) in expectedById.Zip(actualById))
            SameFields(e, a);
    }

    // The tuples put the property's name into the failure message. Lists of values (aids, scores)
    // compare item by item so that records keep their own equality (2.5m equals 2.50m).
    private static void SameValue(string name, object? expected, object? actual)
    {
        if (expected is not IEnumerable sequence || expected is string)
        {
            Assert.Equal((name, expected), (name, actual));
            return;
        }
        var (expectedItems, actualItems) = (sequence.Cast<object?>().ToList(), Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList());
        Assert.Equal((name, expectedItems.Count), (name, actualItems.Count));
        for (var i = 0; i < expectedItems.Count; i++)
            Assert.Equal((name, i, expectedItems[i]), (name, i, actualItems[i]));
    }

    private static bool IsNavigation(Type type) =>
        typeof(Entity).IsAssignableFrom(type)
        || (type != typeof(string) && type.GetInterfaces().Append(type).Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            && typeof(Entity).IsAssignableFrom(i.GetGenericArguments()[0])));
}
