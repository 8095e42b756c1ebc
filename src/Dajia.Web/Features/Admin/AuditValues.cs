using System.Globalization;
using System.Text.Json;

namespace Dajia.Web.Features.Admin;

/// <summary>A stored value in words, by the type of its field: enums by their labels, instants in China time, yes/no.</summary>
public static class AuditValues
{
    /// <summary>Past this many characters a text is cut: the log says what changed, the record holds the whole text.</summary>
    public const int MaxText = 200;

    /// <summary>Fingerprints and machine lists (a draw's candidates as JSON): no one reads them; the log says they changed.</summary>
    public static bool Omitted(string field) =>
        field.EndsWith("Hash", StringComparison.Ordinal) || field.EndsWith("Sha256", StringComparison.Ordinal)
        || field is "ConflictPairs" or "EntityCandidates" or "OfficerCandidates" or "Filter" or "Papers";

    /// <summary>
    /// Fields another line of the same entry already says in words: a deadline's rule code (its rule is named), a
    /// submitter's stored name and account (the 报送人 line names them), an account or e-mail in capitals,
    /// a unit's internal code (the unit is named).
    /// </summary>
    public static bool Repeated(string type, string field) => (type, field) is ("Deadline", "RuleCode")
        or ("RoundSubmission", "SubmittedByAccount") or ("RoundSubmission", "SubmittedByName")
        or ("AppUser", "NormalizedUserName") or ("AppUser", "NormalizedEmail") or ("Unit", "Code");

    /// <summary>Who did it, as history rows sign it ("何雪梅 (office.staff)", "public"): resolved through PeopleNames.</summary>
    public static bool Signature(Type? clr, string field) => clr == typeof(string) && field.EndsWith("By", StringComparison.Ordinal);

    public static string Word(Type? clr, string field, JsonElement v, IStringLocalizer l)
    {
        var type = clr is null ? null : Nullable.GetUnderlyingType(clr) ?? clr;
        // A [Flags] value ("Warning, Fine") is worded member by member.
        if (type is { IsEnum: true } && Member(type, v) is { } member)
            return string.Join("、", member.Split(", ").Select(m => l[$"{type.Name}.{m}"].Value));
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return l[v.GetBoolean() ? "Audit.Yes" : "Audit.No"];
        if (field == "Size" && v.TryGetInt64(out var bytes)) return Size(bytes);
        if (v.ValueKind != JsonValueKind.String) return v.GetRawText();
        var text = v.GetString() ?? "";
        if (type == typeof(DateTimeOffset) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            return ChinaTime.ToChina(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        // What a deadline runs for is named by its record type ("Clue"): the type's Chinese name.
        if (field == "SubjectType") return l[AuditVocabulary.TypeKey(text)];
        // A submitted table's content is JSON of the round's own shape: the version it belongs to shows it.
        if (field == "Content") return l["Audit.SubmissionContent"];
        // A report's figures and a form's definition are JSON too: the report page and the form page show them.
        if (field is "Values" or "Prefilled") return l["Audit.ReportValues"];
        if (field == "Definition") return l["Audit.FormDefinition"];
        if (field == "ContentType") return l[FileKind(text)];
        // A transfer names the standard it crossed by code: the standard's own wording says it.
        if (field is "ThresholdCode" or "StandardReachedCode")
            return Data.Cases.TransferThresholdSeed.Thresholds().FirstOrDefault(t => t.Code == text)?.Name ?? text;
        return text.Length > MaxText ? text[..MaxText] + "…" : text;
    }

    private static string FileKind(string contentType) => contentType switch
    {
        _ when contentType.StartsWith("image/", StringComparison.Ordinal) => "Audit.File.Photo",
        "application/pdf" => "Audit.File.Pdf",
        _ when contentType.Contains("spreadsheet", StringComparison.Ordinal) => "Audit.File.Workbook",
        _ => "Audit.File.Other",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    private static string? Member(Type type, JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetInt64(out var n) => Enum.GetName(type, Enum.ToObject(type, n)),
        JsonValueKind.String when Enum.TryParse(type, v.GetString(), out var e) => e.ToString(),
        _ => null,
    };
}

/// <summary>People in the log: the name and, after it, the account that signed in.</summary>
public static class AuditPeople
{
    private static readonly Dictionary<string, string> Actors = new()
    {
        ["system"] = "Audit.Actor.System", ["public"] = "Audit.Actor.Public", ["demo"] = "Audit.Actor.Demo",
        ["create-admin"] = "Audit.Actor.CreateAdmin",
    };

    public static string Name(string? displayName, string? userName) =>
        string.IsNullOrWhiteSpace(displayName) || displayName == userName ? userName ?? "" : $"{displayName}（{userName}）";

    /// <summary>An entry without a user: the system, the public portal, the demo data or a command-line tool.</summary>
    public static string Actor(string userName, IStringLocalizer l) =>
        Actors.TryGetValue(userName, out var key) ? l[key] : userName;
}
