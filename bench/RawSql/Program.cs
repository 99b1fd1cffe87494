using Npgsql;

// The hub's benchmark reads as one hand-written statement each, answering JSON in the hub's shape
// (the data part of its GraphQL answer), so bench/compare.sh can check the answers are the same.
// No authentication, row scope or audit: this is the floor the hub is measured against.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
await using var source = NpgsqlDataSource.Create(app.Configuration["ConnectionString"] ?? throw new InvalidOperationException("Set ConnectionString."));

app.MapGet("/lookup", (string cf) => JsonAsync(source, Reads.Lookup, cf));
app.MapGet("/zone", (string code) => JsonAsync(source, Reads.ZonePage, code));
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
    /// <summary>A person by codice fiscale with the active plan and its interventions, the case manager and the placements.</summary>
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
        FROM "Persons" p WHERE p."Identifier" = $1
        """;

    /// <summary>The first 100 residents of a zone by surname, with their comune.</summary>
    public const string ZonePage = """
        SELECT json_build_object('data', json_build_object('persons', json_build_object('nodes', COALESCE(json_agg(json_build_object(
          'identifier', page."Identifier", 'lastName', page."LastName", 'firstName', page."FirstName",
          'residence', json_build_object('municipality', json_build_object('name', page."Name"))) ORDER BY page.n), '[]'))))::text
        FROM (SELECT p."Identifier", p."LastName", p."FirstName", m."Name", row_number() OVER (ORDER BY p."LastNameKey", p."LastName", p."Id") AS n
          FROM "Persons" p JOIN "Municipalities" m ON m."Id" = p."ResidenceMunicipalityId"
          WHERE EXISTS (SELECT 1 FROM "ZoneMemberships" zm JOIN "Zones" z ON z."Id" = zm."ZoneId"
            WHERE zm."MunicipalityId" = p."ResidenceMunicipalityId" AND zm."ValidTo" IS NULL AND z."Code" = $1)
          ORDER BY p."LastNameKey", p."LastName", p."Id" LIMIT 100) page
        """;
}
