using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Hub.Client;

/// <summary>
/// Reading and writing the hub's JSON values, for generated code. The hub writes <c>DateOnly</c> as
/// <c>yyyy-MM-dd</c>, <c>DateTimeOffset</c> as ISO 8601, <c>Long</c> and <c>Decimal</c> as JSON numbers
/// (strings are read too, as some servers write them to keep precision).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HubJson
{
    /// <summary>A property of an object; an undefined element when absent (a field skipped by <c>@skip</c>/<c>@include</c>).</summary>
    public static JsonElement Field(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value : default;

    /// <summary>Whether the value is null or absent.</summary>
    public static bool IsNull(JsonElement json) => json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public static IReadOnlyList<T> List<T>(JsonElement json, Func<JsonElement, T> read) => [.. json.EnumerateArray().Select(read)];

    public static string ReadString(JsonElement json) => json.GetString() ?? throw Mismatch("String", json);

    public static int ReadInt(JsonElement json) => json.GetInt32();

    public static double ReadFloat(JsonElement json) => json.GetDouble();

    public static bool ReadBoolean(JsonElement json) => json.GetBoolean();

    public static GlobalId ReadId(JsonElement json) => new(json.ValueKind == JsonValueKind.Number ? json.GetRawText() : ReadString(json));

    public static long ReadLong(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? long.Parse(ReadString(json), CultureInfo.InvariantCulture) : json.GetInt64();

    public static decimal ReadDecimal(JsonElement json) =>
        json.ValueKind == JsonValueKind.String ? decimal.Parse(ReadString(json), NumberStyles.Float, CultureInfo.InvariantCulture) : json.GetDecimal();

    public static DateOnly ReadDate(JsonElement json) => DateOnly.ParseExact(ReadString(json), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadDateTime(JsonElement json) => DateTimeOffset.Parse(ReadString(json), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>A scalar the generator does not know, kept as JSON; cloned, as the response's document is disposed.</summary>
    public static JsonElement ReadRaw(JsonElement json) => json.Clone();

    public static void Write(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    public static void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    public static void Write(Utf8JsonWriter writer, GlobalId value) => writer.WriteStringValue(value.Value);

    public static void Write(Utf8JsonWriter writer, DateOnly value) => writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void Write(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));

    public static void Write(Utf8JsonWriter writer, JsonElement value) => value.WriteTo(writer);

    /// <summary>An enum value the generated code does not know: the schema gained one since the client was built.</summary>
    public static FormatException UnknownEnumValue(string type, string value) =>
        new($"The hub sent '{value}' for the enum {type}, which this client does not know: rebuild it against the current schema/hub.graphql.");

    private static FormatException Mismatch(string expected, JsonElement json) => new($"Expected a {expected}, found {json.ValueKind}.");
}
