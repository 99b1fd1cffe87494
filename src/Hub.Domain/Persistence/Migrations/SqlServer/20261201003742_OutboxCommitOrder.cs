using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutboxCommitOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Nothing here: only PostgreSQL orders the outbox at commit (SQL Server takes HubDbContext.OutboxLockSql; SQLite writes one at a time).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
