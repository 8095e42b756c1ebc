using Dajia.Web.Infrastructure.Input;

namespace Dajia.Web.Data;

/// <summary>
/// The last check before any text is stored: no NUL or other refused character, and no more than the column's length.
/// PostgreSQL would fail on either (a 500) while SQLite stored it; this refuses both the same way on both databases.
/// Each input is checked where it arrives, with its own message; this is the net under those checks.
/// </summary>
public static class StoredTextGuard
{
    public static void Check(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var p in entry.Properties.Concat(entry.ComplexProperties.SelectMany(c => c.Properties)))
            {
                if (p.Metadata.ClrType != typeof(string) || p.CurrentValue is not string text) continue;
                if (entry.State == EntityState.Modified && !p.IsModified) continue;
                if (text.Contains('\0')) throw new InputRefusedException("InputRule.RefusedCharacter");
                if (p.Metadata.GetMaxLength() is { } max && InputRules.StoredLength(text) > max)
                    throw new InputRefusedException("InputRule.TooLong", max);
            }
        }
    }
}
