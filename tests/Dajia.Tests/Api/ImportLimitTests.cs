using System.Net;

namespace Dajia.Tests.Api;

/// <summary>Workbooks are looked into before a spreadsheet library opens them: zip bombs and endless sheets are refused.</summary>
public abstract class ImportLimitTests(DajiaFactory app)
{
    [Fact]
    public async Task A_zip_bomb_or_too_many_rows_in_a_liaison_table_is_refused_before_it_is_parsed()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var bomb = Workbooks.Sheet(20_000, _ => new string('A', 2_000)); // 40 MB of cells in well under 1 MB
        Assert.True(bomb.Length < 1024 * 1024);
        var refused = await (await staff.PostAsync("/api/units/liaison-table", Workbooks.Upload(bomb)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("文件解压后过大或压缩比异常（解压后不能超过 10 MB），疑似恶意文件，未导入", refused.ErrorsFor("file").Single());
        var long_ = Workbooks.Sheet(5_001, r => "单位" + r);
        var rows = await (await staff.PostAsync("/api/units/liaison-table", Workbooks.Upload(long_)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("行数过多：一次最多导入 5000 行，请分批导入", rows.ErrorsFor("file").Single());
    }

    [Fact]
    public async Task A_zip_bomb_or_too_many_rows_in_an_entity_register_is_refused_before_it_is_parsed()
    {
        var w = await World.CreateAsync(app);
        var staff = await w.ClientFor(w.Staff);
        var bomb = Workbooks.Sheet(5_000, _ => new string('A', 10_000)); // 50 MB, packed a thousandfold
        var refused = await (await staff.PostAsync("/api/entities/import", Workbooks.Upload(bomb, "经营主体.xlsx")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("文件解压后过大或压缩比异常", refused.ErrorsFor("file").Single());
        var long_ = Workbooks.Sheet(100_002, r => "摊位" + r);
        var rows = await (await staff.PostAsync("/api/entities/import", Workbooks.Upload(long_, "经营主体.xlsx")))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("行数过多：一次最多导入 100000 行，请分批导入", rows.ErrorsFor("file").Single());
    }
}

[Collection("Sqlite")]
public sealed class ImportLimitSqlite(SqliteFactory f) : ImportLimitTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class ImportLimitPostgres(PostgresFactory f) : ImportLimitTests(f.WithClockReset());
