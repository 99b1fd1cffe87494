using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxCommitOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // An identity is drawn at insert, not at commit, so concurrent writers could commit positions 11 then 10,
            // and a reader that had seen 11 would never see 10. Instead of a lock held by the writer from before its
            // insert until its commit (a round trip or more: issue 18's sixteen wards queued on it), each event's
            // position is drawn again at commit, by a deferred trigger, under a transaction lock held from there until
            // the commit ends: position order is commit order, and no other transaction ever sees the first value.
            migrationBuilder.Sql("""
                CREATE FUNCTION outbox_events_commit_order() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(4861001);
                    UPDATE "OutboxEvents" SET "Position" = DEFAULT WHERE "Position" = NEW."Position";
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER outbox_events_commit_order AFTER INSERT ON "OutboxEvents"
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outbox_events_commit_order();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER outbox_events_commit_order ON "OutboxEvents";
                DROP FUNCTION outbox_events_commit_order();
                """);
        }
    }
}
