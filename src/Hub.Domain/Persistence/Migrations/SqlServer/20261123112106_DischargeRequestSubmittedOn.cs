using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DischargeRequestSubmittedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmittedOn",
                table: "DischargeRequests",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Requests filed before the column existed: the day the row was created is the best record of it.
            migrationBuilder.Sql("UPDATE [DischargeRequests] SET [SubmittedOn] = CAST(SWITCHOFFSET([CreatedAt], '+00:00') AS date);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedOn",
                table: "DischargeRequests");
        }
    }
}
