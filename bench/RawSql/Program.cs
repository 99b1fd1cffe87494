using Npgsql;

using System.Text;
using System.Text.Json;

// The hub's benchmark reads as one hand-written statement each, answering JSON in the hub's shape
// (the data part of its GraphQL answer), so bench/compare.sh can check the answers are the same.
// No authentication, row scope or audit on the reads: this is the floor the hub is measured against.
// The write files a discharge request as the hub does (the row, its outbox event and its audit event,
// in one transaction), from the hub's own request body, so the same wrk script drives both.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
await using var source = NpgsqlDataSource.Create(app.Configuration["ConnectionString"] ?? throw new InvalidOperationException("Set ConnectionString."));

app.MapGet("/lookup", (string cf) => JsonAsync(source, Reads.Lookup, cf));
app.MapGet("/zone", (string code) => JsonAsync(source, Reads.ZonePage, code));
var actor = app.Configuration["Actor"] ?? "bench-hospital";
app.MapPost("/file", (HttpRequest request) => Writes.FileAsync(source, actor, request));
app.MapGet("/typename", () => Results.Text("""{"data":{"__typename":"Query"}}""", "application/json"));
app.Run();

static async Task<IResult> JsonAsync(NpgsqlDataSource source, string sql, string argument)
{
    await using var command = source.CreateCommand(sql);
    command.Parameters.Add(new NpgsqlParameter { Value = argument });
    var json = (string?)await command.ExecuteScalarAsync();
    return Results.Text(json ?? """{"data":null}""", "application/json");
}

/// <summary>The statements: the JSON is built by PostgreSQL.</summary>
internal static class Reads
{
    /// <summary>A person by codice fiscale (none protected by a Centro antiviolenza) with the active plan and its interventions, the case manager and the placements.</summary>
    public const string Lookup = """
        SELECT json_build_object('data', json_build_object('person', json_build_object(
          'firstName', p."FirstName", 'lastName', p."LastName",
          'activeCarePlan', (SELECT json_build_object('status', upper(cp."Status"),
              'interventions', COALESCE((SELECT json_agg(json_build_object('kind', upper(regexp_replace(i."Kind", '([a-z])([A-Z])', '\1_\2', 'g'))) ORDER BY i."StartsOn", i."Id") FROM "Interventions" i WHERE i."CarePlanId" = cp."Id"), '[]'))
            FROM "CarePlans" cp WHERE cp."PersonId" = p."Id" AND cp."Status" = 'Active' ORDER BY cp."SignedAt" DESC NULLS LAST LIMIT 1),
          'caseManager', (SELECT json_build_object('lastName', s."LastName") FROM "CareCases" c JOIN "StaffMembers" s ON s."Id" = c."CaseManagerId"
            WHERE c."PersonId" = p."Id" AND c."Status" IN ('Referred', 'Assessing', 'Active', 'Suspended', 'Reassessing') ORDER BY c."OpenedOn" DESC LIMIT 1),
          'placements', COALESCE((SELECT json_agg(json_build_object('requestedOn', pl."RequestedOn", 'structure', json_build_object('name', st."Name")) ORDER BY pl."RequestedOn" DESC, pl."Id")
            FROM "Placements" pl JOIN "Structures" st ON st."Id" = pl."StructureId" WHERE pl."PersonId" = p."Id"), '[]'))))::text
        FROM "Persons" p WHERE p."Identifier" = $1 AND p."ProtectingCentreId" IS NULL
        """;

    /// <summary>
    /// The first 100 residents of a zone by surname, with their comune; as the hub's row scope, none protected by a
    /// Centro antiviolenza (their centre alone sees them).
    /// </summary>
    public const string ZonePage = """
        SELECT json_build_object('data', json_build_object('persons', json_build_object('nodes', COALESCE(json_agg(json_build_object(
          'identifier', page."Identifier", 'lastName', page."LastName", 'firstName', page."FirstName",
          'residence', json_build_object('municipality', json_build_object('name', page."Name"))) ORDER BY page.n), '[]'))))::text
        FROM (SELECT p."Identifier", p."LastName", p."FirstName", m."Name", row_number() OVER (ORDER BY p."LastNameKey", p."LastName", p."Id") AS n
          FROM "Persons" p JOIN "Municipalities" m ON m."Id" = p."ResidenceMunicipalityId"
          WHERE p."ProtectingCentreId" IS NULL AND EXISTS (SELECT 1 FROM "ZoneMemberships" zm JOIN "Zones" z ON z."Id" = zm."ZoneId"
            WHERE zm."MunicipalityId" = p."ResidenceMunicipalityId" AND zm."ValidTo" IS NULL AND z."Code" = $1)
          ORDER BY p."LastNameKey", p."LastName", p."Id" LIMIT 100) page
        """;
}

/// <summary>The write: a ward's discharge request, as the hub's submitDischargeRequest files it.</summary>
internal static class Writes
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <summary>The patient and the zone of their comune of residence today.</summary>
    private const string Patient = """
        SELECT p."Id", zm."ZoneId" FROM "Persons" p JOIN "ZoneMemberships" zm ON zm."MunicipalityId" = p."ResidenceMunicipalityId"
          AND zm."ValidFrom" <= $2 AND (zm."ValidTo" IS NULL OR zm."ValidTo" >= $2)
        WHERE p."Identifier" = $1 LIMIT 1
        """;

    private const string Request = """
        INSERT INTO "DischargeRequests" ("Id", "HospitalOrganizationId", "Ward", "AdmissionReference", "PersonId", "ZoneId", "Status", "SubmittedOn",
          "ExpectedDischargeOn", "Needs", "ProposedSetting", "Aids", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy", "Version")
        VALUES ($1, $2, $3, $4, $5, $6, 'Submitted', $7, $8, $9, $10, $11, $12, $13, $12, $13, 1)
        """;

    private const string Outbox = """
        INSERT INTO "OutboxEvents" ("Type", "EntityType", "EntityId", "Version", "OccurredAt", "Actor") VALUES ('DischargeRequestStatusChanged', 'DischargeRequest', $1, 1, $2, $3)
        """;

    private const string Audit = """
        INSERT INTO "AuditEvents" ("Id", "OccurredAt", "Subject", "OrganizationId", "Role", "Operation", "Mutation", "Action", "EntityType", "EntityId", "PersonId", "Sensitivity", "Outcome")
        VALUES ($1, $2, $3, $4, 'discharge-planner', $5, 'submitDischargeRequest', 'Create', 'DischargeRequest', $6, $7, 16, 'Success')
        """;

    /// <summary>Files the request the hub's body describes (variables.input) as <paramref name="actor"/> (the token's sub); answers in the hub's shape.</summary>
    public static async Task<IResult> FileAsync(NpgsqlDataSource source, string actor, HttpRequest http)
    {
        using var body = await JsonDocument.ParseAsync(http.Body);
        var input = body.RootElement.GetProperty("variables").GetProperty("input");
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Rome).DateTime);
        await using var connection = await source.OpenConnectionAsync();
        Guid person, zone;
        await using (var find = new NpgsqlCommand(Patient, connection) { Parameters = { new() { Value = input.GetProperty("fiscalCode").GetString() }, new() { Value = today } } })
        await using (var reader = await find.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
                return Results.Text("""{"data":{"submitDischargeRequest":null}}""", "application/json");
            (person, zone) = (reader.GetGuid(0), reader.GetGuid(1));
        }
        var id = Guid.CreateVersion7();
        var hospital = HospitalOf(input.GetProperty("hospitalId").GetString()!);
        // The three inserts in one round trip: a batch runs in one implicit transaction.
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Command(Request, id, hospital, input.GetProperty("ward").GetString(), input.GetProperty("admissionReference").GetString(), person, zone, today,
                    DateOnly.Parse(input.GetProperty("expectedDischargeOn").GetString()!), input.GetProperty("needs").GetString(),
                    Setting(input.GetProperty("proposedSetting").GetString()!), Array.Empty<string>(), now, actor),
                Command(Outbox, id, now, actor),
                Command(Audit, Guid.CreateVersion7(), now, actor, hospital, OperationOf(body.RootElement), id, person),
            },
        };
        await batch.ExecuteNonQueryAsync();
        return Results.Text("""{"data":{"submitDischargeRequest":{"dischargeRequest":{"status":"SUBMITTED"},"errors":[]}}}""", "application/json");
    }

    private static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    // The hub's global id: base64url of "Organization:" and the id's 32 hex digits.
    private static Guid HospitalOf(string globalId)
    {
        var padded = globalId.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Guid.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':')[1]);
    }

    // HOME_CARE as the hub stores it: HomeCare.
    private static string Setting(string value) =>
        string.Concat(value.Split('_').Select(word => word[..1] + word[1..].ToLowerInvariant()));

    private static string OperationOf(JsonElement body)
    {
        var query = body.GetProperty("query").GetString()!;
        var name = query.Split(['(', '{', ' '], StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return name is null || name.StartsWith('$') ? "anonymous mutation" : name;
    }
}
