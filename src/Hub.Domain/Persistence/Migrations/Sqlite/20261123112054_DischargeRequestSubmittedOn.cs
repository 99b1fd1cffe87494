using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hub.Domain.Persistence.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Requests filed before the column existed: the day the row was created is the best record of it.
            migrationBuilder.Sql("UPDATE \"DischargeRequests\" SET \"SubmittedOn\" = date((\"CreatedAt\" - 621355968000000000) / 10000000, 'unixepoch');");
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
