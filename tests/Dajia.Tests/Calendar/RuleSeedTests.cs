using Dajia.Web.Data;
using Dajia.Web.Data.Calendar;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Features.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dajia.Tests.Calendar;

/// <summary>
/// The rule table agrees with itself: one version a day per rule, no note to the developers, and old databases follow.
/// An app of its own (a class fixture): the upgrade test rewrites the national rules every other class counts on.
/// </summary>
public abstract class RuleSeedTests(DajiaFactory app)
{
    [Fact]
    public void Each_rule_has_one_version_on_any_day_the_current_one_open_ended_and_no_unchecked_wording()
    {
        foreach (var rule in DeadlineRuleSeed.Rules().GroupBy(r => r.Code))
        {
            var versions = rule.OrderBy(r => r.EffectiveFrom).ToList();
            for (var i = 1; i < versions.Count; i++)
                Assert.Equal(versions[i].EffectiveFrom.AddDays(-1), versions[i - 1].EffectiveTo);
            Assert.Null(versions[^1].EffectiveTo);
            Assert.All(versions, v => Assert.DoesNotContain("待核对", v.LegalBasis, StringComparison.Ordinal));
        }
        // 令第20号 is repealed on 2026-04-15: nothing cites it from then on.
        var today = new DateOnly(2026, 11, 30);
        Assert.All(DeadlineRuleSeed.Rules().Where(r => r.AppliesOn(today)),
            r => Assert.DoesNotContain("暂行办法", r.LegalBasis, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_seeded_by_an_earlier_release_gets_the_corrected_versions_and_keeps_an_admins_edit()
    {
        var (accept, mediation) = await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var old = await Rule(db, RuleCodes.ComplaintAccept, 2026, 4, 15);
            old.Update(Terms(old) with { LegalBasis = DeadlineRuleSeed.ShippedBefore[(old.Code, old.EffectiveFrom)] });
            var edited = await Rule(db, RuleCodes.InformantNotify, 2020, 1, 1);
            edited.Update(Terms(edited) with { LegalBasis = "管理员改过的依据", EffectiveTo = null });
            var mediation = await Rule(db, RuleCodes.ComplaintMediation, 2020, 1, 1);
            mediation.Update(Terms(mediation) with { EffectiveTo = null });
            await db.SaveChangesAsync();
            await CalendarSeeder.SeedAsync(db, TimeProvider.System);
            db.ChangeTracker.Clear();
            var rules = await db.DeadlineRules.AsNoTracking().ToListAsync();
            Assert.Equal("管理员改过的依据", rules.Single(r => r.Id == edited.Id).LegalBasis);
            return (rules.Single(r => r.Id == old.Id), rules.Single(r => r.Id == mediation.Id));
        });
        Assert.DoesNotContain("待核对", accept.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 4, 14), mediation.EffectiveTo);
    }

    private static Task<DeadlineRule> Rule(AppDbContext db, string code, int y, int m, int d) =>
        db.DeadlineRules.SingleAsync(r => r.Code == code && r.EffectiveFrom == new DateOnly(y, m, d));

    private static DeadlineRuleTerms Terms(DeadlineRule r) => new(r.Name, r.LegalBasis, r.TimeUnit, r.Amount, r.ExtensionAmount,
        r.MaxExtensions, r.EffectiveFrom, r.EffectiveTo);
}

[Collection("Sqlite")]
public sealed class RuleSeedSqlite(SqliteFactory f) : RuleSeedTests(f), IClassFixture<SqliteFactory>;

[Collection("Postgres")]
public sealed class RuleSeedPostgres(PostgresFactory f) : RuleSeedTests(f), IClassFixture<PostgresFactory>;
