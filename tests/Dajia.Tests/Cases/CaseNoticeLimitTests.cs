using System.Net;

namespace Dajia.Tests.Cases;

/// <summary>
/// A 告知书 announces the decision: it may not promise a fine above the law's maximum, a money penalty a transfer bars
/// (不得以罚代刑), nor carry markup onto the paper served on the party. Each is refused and nothing changes.
/// </summary>
public abstract class CaseNoticeLimitTests(DajiaFactory app)
{
    // Mon 18 Sep 2017, 10:00 in China.
    private static readonly DateTimeOffset Now = new(2017, 9, 18, 2, 0, 0, TimeSpan.Zero);

    private static async Task<HttpResponseMessage> NotifyAsync(HttpClient client, System.Text.Json.JsonElement c, object body) =>
        await client.SendIfMatchAsync(HttpMethod.Post, $"/api/cases/{c.GetProperty("id").GetGuid()}/notify", body,
            c.GetProperty("version").GetInt32());

    [Fact]
    public async Task A_notice_above_the_maximum_barred_by_a_transfer_or_with_markup_is_refused_and_nothing_changes()
    {
        var t = await CaseTown.CreateAsync(app, Now);
        // Sold 12,000 + unsold 36,000 of a trademark case: at most 250,000 (商标法第六十条第二款).
        var c = await t.OpenAsync(t.Staff);
        var over = await (await NotifyAsync(t.Staff, c, new { penalties = new[] { "Fine" }, fine = 300_000m, text = "拟罚款" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("250,000.00", Assert.Single(over.ErrorsFor("fine")));
        var markup = new { penalties = new[] { "Fine" }, fine = 5000m, text = "<img src=x onerror=alert(1)>" };
        var tags = await (await NotifyAsync(t.Staff, c, markup)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(tags.ErrorsFor("text"));
        Assert.Equal(c.GetProperty("version").GetInt32(), (await t.Staff.GetCaseAsync(c)).GetProperty("version").GetInt32());
        c = await (await NotifyAsync(t.Staff, c, new { penalties = new[] { "Fine" }, fine = 250_000m, text = "拟罚款" })).JsonAsync();
        var statement = await (await t.Staff.ActAsync(c, "statement",
            new { kind = "Statement", text = "<script>x</script>", adopted = true })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(statement.ErrorsFor("text"));

        // Goods of 186,000 cross the 150,000 standard: a fine may not even be announced before the transfer.
        var flagged = await t.OpenAsync(t.Staff, new { goodsValue = 186_000m });
        var barred = await (await NotifyAsync(t.Staff, flagged, new { penalties = new[] { "Fine" }, fine = 5000m, text = "拟罚款" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("不得以行政处罚代替移送", barred.GetProperty("detail").GetString());
        Assert.Equal(flagged.GetProperty("version").GetInt32(),
            (await t.Staff.GetCaseAsync(flagged)).GetProperty("version").GetInt32());
        var warning = await (await NotifyAsync(t.Staff, flagged, new { penalties = new[] { "Warning" }, text = "拟警告" })).JsonAsync();
        Assert.Equal("Warning", warning.GetProperty("notice").GetProperty("penalties").GetString());
    }
}

[Collection("Sqlite")]
public sealed class CaseNoticeLimitSqlite(SqliteFactory f) : CaseNoticeLimitTests(f.WithClockReset());

[Collection("Postgres")]
public sealed class CaseNoticeLimitPostgres(PostgresFactory f) : CaseNoticeLimitTests(f.WithClockReset());
