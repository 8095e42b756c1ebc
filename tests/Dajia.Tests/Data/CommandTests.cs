using Dajia.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dajia.Tests.Data;

/// <summary>The production path: the built binary's `migrate` and `create-admin` commands, run as a real process.</summary>
public sealed class CommandTests
{
    private static Task<(int Code, string Output)> RunAsync(DatabaseProvider provider, string connectionString, params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = provider.ToString(), ["ConnectionStrings__Dajia"] = connectionString,
        }, args);

    [Fact]
    public async Task Migrate_then_create_admin_on_sqlite_makes_an_admin_and_refuses_a_second_with_the_same_name()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dajia-cli-{Guid.NewGuid():N}.db");
        var cs = $"Data Source={file}";
        try
        {
            var migrate = await RunAsync(DatabaseProvider.Sqlite, cs, "migrate");
            Assert.True(migrate.Code == 0, migrate.Output);
            Assert.Contains("Database migrated (Sqlite)", migrate.Output);
            var created = await RunAsync(DatabaseProvider.Sqlite, cs, "create-admin", "--user", "boss", "--password", "Boss-2017x",
                "--name", "王主任");
            Assert.True(created.Code == 0, created.Output);
            await using (var db = new SqliteConnection(cs))
            {
                await db.OpenAsync();
                var cmd = db.CreateCommand();
                cmd.CommandText = """
                    SELECT r.Name || '|' || u.DisplayName || '|' || j.Name || '|' || un.Name FROM AspNetUsers u
                    JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId
                    JOIN Jurisdictions j ON j.Id = u.JurisdictionId JOIN Units un ON un.Id = u.UnitId WHERE u.UserName = 'boss'
                    """;
                Assert.Equal("OfficeAdmin|王主任|大涌镇|大涌镇打假办", await cmd.ExecuteScalarAsync());
                cmd.CommandText = "SELECT COUNT(*) FROM Units";
                Assert.Equal(1L, await cmd.ExecuteScalarAsync()); // no demo data outside demo mode
            }
            var again = await RunAsync(DatabaseProvider.Sqlite, cs, "create-admin", "--user", "boss", "--password", "Boss-2017x");
            Assert.Equal(1, again.Code);
            Assert.Contains("boss", again.Output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Migrate_and_create_admin_work_on_postgres()
    {
        var database = $"dajia_cli_{Guid.NewGuid():N}";
        var cs = new NpgsqlConnectionStringBuilder(Infrastructure.PostgresFactory.ServerConnection) { Database = database }.ToString();
        var migrate = await RunAsync(DatabaseProvider.Postgres, cs, "migrate");
        Assert.True(migrate.Code == 0, migrate.Output);
        var created = await RunAsync(DatabaseProvider.Postgres, cs, "create-admin", "--user", "boss", "--password", "Boss-2017x",
            "--jurisdiction", "广东省/中山市/东凤镇");
        Assert.True(created.Code == 0, created.Output);
        await using var db = new NpgsqlConnection(cs);
        await db.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT j."Name" FROM "AspNetUsers" u JOIN "Jurisdictions" j ON j."Id" = u."JurisdictionId" WHERE u."UserName" = 'boss'
            """, db);
        Assert.Equal("东凤镇", await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Create_admin_without_a_password_and_no_terminal_fails_with_a_message()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dajia-cli-{Guid.NewGuid():N}.db");
        try
        {
            var r = await RunAsync(DatabaseProvider.Sqlite, $"Data Source={file}", "create-admin", "--user", "boss");
            Assert.NotEqual(0, r.Code);
            Assert.Contains("--password is required", r.Output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
