using System.Text;
using System.Text.Json;

namespace Hub.Api.Tests.GraphQL.Limits;

/// <summary>One hostile request: a POST body, or a GET query string when <see cref="Get"/>.</summary>
public sealed record HostileRequest(string Kind, byte[] Body, bool Get = false)
{
    public override string ToString() => $"{Kind}: {Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 300)))}";
}

/// <summary>
/// Builds requests as an attacker or a broken client would (issue 11 §2): malformed JSON and UTF-8,
/// deep nesting, huge numbers, long strings, NULs, wrong types, and random mutations of valid
/// documents. Seeded, so a failure names a request that can be sent again.
/// </summary>
public static class HostileCorpus
{
    private static readonly string[] Valid =
    [
        "{ zones(first: 5) { nodes { id code name population } } }",
        "{ persons(first: 10, where: { lastName: { startsWith: \"R\" } }, order: [{ lastName: ASC }]) { totalCount nodes { id firstName lastName birthDate household { iseeValue } } } }",
        "{ structures(first: 5) { nodes { name modules { name kind authorisedPlaces } } } }",
        "{ zoneOccupancy { contractedPlaces occupiedPlaces occupancyRate zone { name } } }",
        "{ nodes(ids: [\"WjoxMjM=\", \"x\"]) { id } }",
        "query Q($first: Int, $name: String) { persons(first: $first, where: { lastName: { contains: $name } }) { nodes { lastName } } }",
        "{ __schema { types { name kind fields { name type { name kind ofType { name } } } } } }",
        "mutation($input: RecordIseeInput!) { recordIsee(input: $input) { household { id } errors { __typename } } }",
        "mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { __typename } } }",
    ];

    private static readonly string[] Tokens = ["{", "}", "(", ")", "[", "]", ":", "$", "...", "@skip(if: true)", "\"", "\\", "#", "!", "=", "0", "-1",
        "1e999", "null", "__typename", "first:", "where:", "on Query", "fragment", "\u0000", "\ud800", "\u00ff", "\uffff"];

    public static IEnumerable<HostileRequest> Build(int seed = 11)
    {
        var random = new Random(seed);
        return MalformedJson().Concat(BadUtf8(random)).Concat(DeepNesting()).Concat(HugeNumbers()).Concat(LongStrings())
            .Concat(Nuls()).Concat(WrongTypes()).Concat(Mutations(random, 300));
    }

    private static HostileRequest Json(string kind, object body) => new(kind, JsonSerializer.SerializeToUtf8Bytes(body));

    private static HostileRequest Raw(string kind, string body) => new(kind, Encoding.UTF8.GetBytes(body));

    private static IEnumerable<HostileRequest> MalformedJson()
    {
        string[] bodies = ["", " ", "{", "}", "[]", "[{\"query\":\"{ __typename }\"}]", "null", "42", "\"query\"", "{\"query\":}", "{\"query\":\"{ __typename }\"",
            "{\"query\":\"{ __typename }\",}", "{'query':'{ __typename }'}", "{\"query\":\"{ __typename }\"}{}", "{\"query\":\"\\x41\"}", "{\"query\":\"\\u12\"}",
            "{\"query\":NaN}", "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "{\"query\":\"{ __typename }\",\"variables\":[1]}", "\u0000",
            "{\"query\":\"{ __typename }\",\"extensions\":7}", "{\"query\":\"{ __typename }\",\"operationName\":5}", "{\"query\":true}", "{\"query\":{\"a\":1}}",
            "{\"query\":[\"{ __typename }\"]}", "{\"query\":\"\"}", "{\"query\":null}", "{\"query\":\"{ __typename }\",\"query\":\"{ zones { nodes { id } } }\"}"];
        return bodies.Select(body => Raw("malformed JSON", body));
    }

    private static IEnumerable<HostileRequest> BadUtf8(Random random)
    {
        byte[][] sequences = [[0xC3, 0x28], [0xA0, 0xA1], [0xE2, 0x28, 0xA1], [0xF0, 0x28, 0x8C, 0xBC], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xFE, 0xFF], [0xF8, 0x88, 0x80, 0x80, 0x80]];
        foreach (var sequence in sequences)
            foreach (var template in new[] { "{\"query\":\"{ zones(first: 1) { nodes { name } } } #@\"}", "{\"query\":\"query($x: String) { persons(first: 1, where: { lastName: { eq: $x } }) { nodes { id } } }\",\"variables\":{\"x\":\"@\"}}", "{\"query\":\"{ persons(first: 1, where: { lastName: { eq: \\\"@\\\" } }) { nodes { id } } }\"}", "{\"query\":\"{ __typename }\",\"operationName\":\"@\"}" })
            {
                var bytes = Encoding.UTF8.GetBytes(template).ToList();
                var at = bytes.IndexOf((byte)'@');
                bytes.RemoveAt(at);
                bytes.InsertRange(at, sequence);
                yield return new HostileRequest("invalid UTF-8", [.. bytes]);
            }
        foreach (var escape in new[] { "\\ud800", "\\udfff", "\\ud800\\u0041", "\\udc00\\ud800", "\\uDBFF" })
        {
            yield return Raw("unpaired surrogate", $"{{\"query\":\"{{ persons(first: 1, where: {{ lastName: {{ eq: \\\"{escape}\\\" }} }}) {{ nodes {{ id }} }} }}\"}}");
            yield return Raw("unpaired surrogate", $"{{\"query\":\"query($x: String) {{ persons(first: 1, where: {{ lastName: {{ eq: $x }} }}) {{ nodes {{ id }} }} }}\",\"variables\":{{\"x\":\"{escape}\"}}}}");
            yield return Raw("unpaired surrogate", $"{{\"query\":\"{{ __typename }}\",\"operationName\":\"{escape}\"}}");
            yield return Raw("unpaired surrogate", $"{{\"query\":\"{{ __typename }}\",\"variables\":{{\"{escape}\":1}}}}");
        }
        for (var i = 0; i < 20; i++)
        {
            var noise = new byte[random.Next(1, 400)];
            random.NextBytes(noise);
            yield return new HostileRequest("random bytes", noise);
        }
    }

    private static IEnumerable<HostileRequest> DeepNesting()
    {
        foreach (var depth in new[] { 10, 40, 63, 64, 65, 100, 200, 1000 })
        {
            yield return Raw("deep JSON", "{\"query\":\"query($x: String) { __typename }\",\"variables\":{\"x\":" + new string('[', depth) + new string(']', depth) + "}}");
            yield return Json("nested not", new { query = CostBombs.NestedNot(depth) });
            yield return Json("nested lists", new { query = CostBombs.NestedLists(depth) });
            yield return Json("deep selections", new { query = CostBombs.DeepSelections(Math.Min(depth, 400)) });
            yield return Raw("deep variable filter", "{\"query\":\"query($w: PersonFilter) { persons(first: 1, where: $w) { nodes { id } } }\",\"variables\":{\"w\":"
                + string.Concat(Enumerable.Repeat("{\"not\":", depth)) + "{\"lastName\":{\"eq\":\"x\"}}" + new string('}', depth) + "}}");
        }
    }

    private static IEnumerable<HostileRequest> HugeNumbers()
    {
        string[] numbers = ["2147483648", "-2147483649", "99999999999999999999999999999", "1e400", "-1e400", "1.5", "0.0000000001", "-0", "1e12", "123456789012345678901234567890.123456789"];
        foreach (var number in numbers)
        {
            yield return Json("huge number", new { query = $"{{ zones(first: {number}) {{ nodes {{ id }} }} }}" });
            yield return Raw("huge number", $"{{\"query\":\"query($f: Int) {{ zones(first: $f) {{ nodes {{ id }} }} }}\",\"variables\":{{\"f\":{number}}}}}");
            yield return Json("huge number", new { query = $"{{ persons(first: 1, where: {{ household: {{ iseeValue: {{ gt: {number} }} }} }}) {{ nodes {{ id }} }} }}" });
            yield return Raw("huge number", $"{{\"query\":\"{Valid[7]}\",\"variables\":{{\"input\":{{\"householdId\":\"SG91c2Vob2xkOjE=\",\"value\":{number},\"expiresOn\":\"2027-01-01\"}}}}}}");
        }
    }

    private static IEnumerable<HostileRequest> LongStrings()
    {
        foreach (var length in new[] { 1_000, 30_000, 90_000 })
        {
            var text = new string('a', length);
            yield return Json("long string", new { query = $"{{ persons(first: 1, where: {{ lastName: {{ contains: \"{text}\" }} }}) {{ nodes {{ id }} }} }}" });
            yield return Json("long pattern", new { query = Valid[5], variables = new { first = 1, name = string.Concat(Enumerable.Repeat("%_", length / 2)) } });
            yield return Json("long name", new { query = $"{{ {text} }}" });
            yield return Json("long operation name", new { query = "{ __typename }", operationName = text });
        }
    }

    private static IEnumerable<HostileRequest> Nuls()
    {
        yield return Json("NUL", new { query = "{ persons(first: 1, where: { lastName: { eq: \"a\u0000b\" } }) { nodes { id } } }" });
        yield return Json("NUL", new { query = Valid[5], variables = new { first = 1, name = "\u0000" } });
        yield return Json("NUL", new { query = "{ __typename \u0000 }" });
        yield return Json("NUL", new { query = "{ __typename }", operationName = "\u0000" });
        yield return Json("NUL", new { query = "{ nodes(ids: [\"\u0000\"]) { id } }" });
        yield return Json("NUL", new { query = "{ persons(first: 1, order: [{ lastName: ASC }], after: \"\u0000\") { nodes { id } } }" });
    }

    private static IEnumerable<HostileRequest> WrongTypes()
    {
        string[] queries = ["{ zones(first: \"ten\") { nodes { id } } }", "{ persons(first: 1, where: 5) { nodes { id } } }", "{ nodes(ids: {}) { id } }",
            "{ persons(first: 1, where: { lastName: { in: \"x\" } }) { nodes { id } } }", "{ persons(first: 1, where: { birthDate: { gt: \"yesterday\" } }) { nodes { id } } }",
            "{ persons(first: 1, where: { birthDate: { gt: \"2024-02-30\" } }) { nodes { id } } }", "{ persons(first: 1, where: { lastName: { eq: null } }) { nodes { id } } }",
            "{ node(id: 5) { id } }", "{ node(id: \"\") { id } }", "{ persons(first: 1, after: \"garbage\") { nodes { id } } }", "{ zones { nodes { population(x: 1) } } }",
            "subscription { __typename }", "query { zones(first: 1) { nodes { id } } } query { __typename }", "{ zones(first: 1) { nodes { ...Missing } } }",
            "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }", "{ persons(first: 1, where: { id: { eq: \"UGVyc29uOm5vdC1hLWd1aWQ=\" } }) { nodes { id } } }"];
        foreach (var query in queries)
            yield return Json("wrong type", new { query });
        yield return Json("wrong variable", new { query = Valid[5], variables = new { first = "x", name = 5 } });
        yield return Json("wrong variable", new { query = Valid[5], variables = new { first = new[] { 1 }, name = new { a = 1 } } });
        yield return Json("wrong variable", new { query = Valid[7], variables = new { input = new { householdId = 5, value = "lots", expiresOn = "never" } } });
        yield return Json("wrong variable", new { query = Valid[8], variables = new { input = new { birthDate = "1990-13-45", fiscalCode = new string('X', 5000), sex = "ROBOT" } } });
        yield return new HostileRequest("wrong type over GET", Encoding.UTF8.GetBytes("query=%7B%20zones(first%3A%20%22x%22)%20%7B%20nodes%20%7B%20id%20%7D%20%7D%20%7D&variables=%5B"), Get: true);
        yield return new HostileRequest("bad encoding over GET", Encoding.UTF8.GetBytes("query=%7B__typename%7D&variables=%7B%22x%22%3A%22%5Cud800%22%7D"), Get: true);
        yield return new HostileRequest("bad encoding over GET", Encoding.UTF8.GetBytes("query=%FF%FE%7B__typename%7D"), Get: true);
    }

    /// <summary>Valid documents with random edits: characters dropped, doubled or swapped, tokens inserted.</summary>
    private static IEnumerable<HostileRequest> Mutations(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var document = new StringBuilder(Valid[random.Next(Valid.Length)]);
            for (var edits = random.Next(1, 6); edits > 0 && document.Length > 1; edits--)
            {
                var at = random.Next(document.Length);
                switch (random.Next(4))
                {
                    case 0: document.Remove(at, 1); break;
                    case 1: document.Insert(at, document[at]); break;
                    case 2: document.Insert(at, Tokens[random.Next(Tokens.Length)]); break;
                    default: document.Insert(at, document.ToString(random.Next(document.Length), 1)); break;
                }
            }
            yield return Json("mutated document", new
            {
                query = document.ToString(),
                variables = new Dictionary<string, object?> { ["first"] = random.Next(-5, 200), ["name"] = Tokens[random.Next(Tokens.Length)] },
            });
        }
    }
}
