using Dajia.Web.Data;
using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Clues;
using Dajia.Web.Features.Calendar;
using Microsoft.AspNetCore.DataProtection;

namespace Dajia.Web.Features.Clues;

/// <summary>
/// A report checked and ready to store; everything that can be done outside the one-writer section is done, the slow
/// hash of its access key included.
/// </summary>
public sealed record PendingIntake(
    Guid JurisdictionId, ClueDetails Details, PendingInformant? Informant, IReadOnlyList<Infrastructure.StoredFile> Photos,
    string AccessKey, string AccessKeyHash, IdempotencyClaim? Idempotency, string By, AuditActor Actor,
    DateTimeOffset? ReceivedAt = null)
{
    /// <summary>The entity and key area the matcher proposed for it, stored as a proposal.</summary>
    public MarketEntities.MatchProposal? Match { get; init; }
}

/// <summary>The informant's identity, already encrypted.</summary>
public sealed record PendingInformant(string NameCipher, string? MobileCipher, string? IdNumberCipher, string? NotifyBy);

public sealed record StoredIntake(Guid ClueId, string Number, ReceiptDto Receipt);

/// <summary>A report stored earlier under an Idempotency-Key, and the hash of the request that stored it.</summary>
public sealed record EarlierIntake(StoredIntake Report, string? RequestHash);

/// <summary>
/// Stores a batch of reports in one transaction: one counter update per town, one commit. A report whose
/// Idempotency-Key was used before comes back as the earlier receipt when it is the same request, else as null.
/// </summary>
public sealed class IntakeWriter(
    AppDbContext db, DeadlineService deadlines, CalendarStore calendars, IDataProtectionProvider protection, TimeProvider time)
{
    public const string AccessKeyPurpose = "Dajia.Clue.AccessKey";

    public async Task<IReadOnlyList<StoredIntake?>> WriteAsync(IReadOnlyList<PendingIntake> reports)
    {
        using var turn = await SqliteWriteGate.EnterAsync(db, CancellationToken.None);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            try
            {
                return await TryWriteAsync(reports);
            }
            // Another instance stored a report with the same Idempotency-Key first; the next attempt answers with it.
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    private async Task<IReadOnlyList<StoredIntake?>> TryWriteAsync(IReadOnlyList<PendingIntake> reports)
    {
        await using var tx = await db.Database.BeginTransactionAsync();
        var now = time.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var results = new StoredIntake?[reports.Count];
        var answered = new bool[reports.Count];
        var earlier = await EarlierAsync(reports.Select(r => r.Idempotency?.KeyHash).OfType<string>());
        var fresh = new List<int>();
        var firstWithKey = new Dictionary<string, int>();
        for (var i = 0; i < reports.Count; i++)
        {
            var claim = reports[i].Idempotency;
            if (claim is not null && earlier.TryGetValue(claim.KeyHash, out var stored))
                (results[i], answered[i]) = (claim.SameRequest(stored.RequestHash) ? stored.Report : null, true);
            else if (claim is null || firstWithKey.TryAdd(claim.KeyHash, i)) fresh.Add(i);
        }

        var complaintRule = await deadlines.RuleInForceAsync(RuleCodes.ComplaintAccept, today);
        var calendar = await calendars.GetAsync();
        var rows = new Dictionary<int, (Clue Clue, List<object> Rows)>();
        foreach (var town in fresh.GroupBy(i => reports[i].JurisdictionId))
        {
            var number = await Counters.TakeAsync(db, $"clue:{town.Key:N}:{today.Year}", town.Count(), default);
            var withInformant = town.Count(i => reports[i].Informant is not null);
            var alias = withInformant == 0 ? 0 : await Counters.TakeAsync(db, $"informant:{town.Key:N}", withInformant, default);
            foreach (var i in town)
                rows[i] = Build(reports[i], $"XS-{today.Year}-{number++:00000}", reports[i].Informant is null ? 0 : (int)alias++, now,
                    complaintRule, calendar);
        }

        // Audit entries name who sent each report: one save per sender, all in the same transaction.
        foreach (var sender in fresh.GroupBy(i => reports[i].Actor))
        {
            AuditInterceptor.ActorOverride.Value = sender.Key;
            foreach (var i in sender) db.AddRange(rows[i].Rows);
            await db.SaveChangesAsync();
        }
        await tx.CommitAsync();

        foreach (var (i, (clue, _)) in rows)
        {
            results[i] = new StoredIntake(clue.Id, clue.Number, new ReceiptDto(clue.TrackingCode, reports[i].AccessKey));
            answered[i] = true;
        }
        // Copies in the same batch: the first one's receipt for the same request, nothing for a different one.
        for (var i = 0; i < reports.Count; i++)
        {
            if (answered[i]) continue;
            var first = firstWithKey[reports[i].Idempotency!.KeyHash];
            results[i] = reports[i].Idempotency!.SameRequest(reports[first].Idempotency!.RequestHash) ? results[first] : null;
        }
        return results;
    }

    private (Clue, List<object>) Build(PendingIntake r, string number, int alias, DateTimeOffset now, DeadlineRule? complaintRule,
        WorkCalendar calendar)
    {
        var informant = r.Informant is { } p
            ? new Informant(r.JurisdictionId, alias, p.NameCipher, p.MobileCipher, p.IdNumberCipher, p.NotifyBy) : null;
        // Staff record when the call or letter came: the time limits count from then, not from when it was typed in.
        var received = r.ReceivedAt ?? now;
        var clue = new Clue(r.JurisdictionId, number, ClueCodes.TrackingCode(), r.Details, informant?.Id, received, r.By);
        if (r.Match is { } match) clue.ProposeMatch(match.MarketEntityId, match.KeyAreaId);
        clue.SetAccess(r.AccessKeyHash, r.Idempotency is null ? null : protection.CreateProtector(AccessKeyPurpose).Protect(r.AccessKey),
            r.Idempotency?.KeyHash, r.Idempotency?.RequestHash);
        List<object> rows = informant is null ? [clue] : [informant, clue];
        rows.AddRange(r.Photos.Select(f => new ClueAttachment(clue.Id, f.Sha256, f.ContentType, f.Size, f.ThumbnailSha256)));
        if (r.Details.Kind == ClueKind.Complaint && complaintRule is not null)
            // The event table's ComplaintReceived line, applied here in bulk with the batch's other rows.
            rows.Add(Deadline.Start(DeadlineSubjects.Clue, clue.Id, r.JurisdictionId, complaintRule, received, calendar, r.By));
        return (clue, rows);
    }

    /// <summary>Reports already stored under these Idempotency-Key hashes, each with the receipt it was first given.</summary>
    public async Task<Dictionary<string, EarlierIntake>> EarlierAsync(IEnumerable<string> keyHashes)
    {
        var keys = keyHashes.Distinct().ToList();
        if (keys.Count == 0) return [];
        var found = await db.Unscoped<Clue>().Where(c => c.IdempotencyKeyHash != null && keys.Contains(c.IdempotencyKeyHash))
            .Select(c => new { c.IdempotencyKeyHash, c.IdempotencyRequestHash, c.Id, c.Number, c.TrackingCode, c.AccessKeyCipher })
            .ToListAsync();
        var protector = protection.CreateProtector(AccessKeyPurpose);
        return found.Where(c => c.AccessKeyCipher is not null).ToDictionary(c => c.IdempotencyKeyHash!, c => new EarlierIntake(
            new StoredIntake(c.Id, c.Number, new ReceiptDto(c.TrackingCode, protector.Unprotect(c.AccessKeyCipher!))),
            c.IdempotencyRequestHash));
    }
}
