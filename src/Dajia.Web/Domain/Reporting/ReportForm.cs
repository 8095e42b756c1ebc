namespace Dajia.Web.Domain.Reporting;

public enum ReportFrequency
{
    Quarterly,
    Annual,
}

/// <summary>
/// 报表: a form the units file each period (附件2 quarterly, the annual form). What it asks lives in its versions, each
/// in force from a year on, so next year's form can change without touching a submission already made on an older one.
/// </summary>
public sealed class ReportForm : AggregateRoot
{
    private readonly List<ReportFormVersion> _versions = [];

    private ReportForm() { }

    public ReportForm(string code, string name, ReportFrequency frequency, string ruleCode)
    {
        (Code, Name, Frequency, RuleCode) = (code, name, frequency, ruleCode);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public ReportFrequency Frequency { get; private set; }

    /// <summary>The deadline rule whose per-unit duties give each period's due date (the one home for due dates).</summary>
    public string RuleCode { get; private set; } = "";

    public IReadOnlyList<ReportFormVersion> Versions => _versions;

    /// <summary>
    /// The version in force for a period of <paramref name="year"/> in a town: of the versions along its chain (the
    /// town, its city, its province, the shared default) the one in force from the latest year up to this one; on the
    /// same year the nearest owner's. So a city's 2019 version replaces a town's own 2018 one from 2019 on, and a town's
    /// own 2019 version replaces the city's. <paramref name="owners"/> runs from the town up (its path).
    /// </summary>
    public ReportFormVersion? VersionFor(int year) => VersionFor(year, []);

    public ReportFormVersion? VersionFor(int year, IReadOnlyList<Guid> owners)
    {
        int Distance(Guid? owner) => owner is { } o && owners.Contains(o) ? owners.ToList().IndexOf(o) : owners.Count;
        return _versions.Where(v => v.EffectiveFromYear <= year && (v.JurisdictionId is null || owners.Contains(v.JurisdictionId.Value)))
            .OrderByDescending(v => v.EffectiveFromYear).ThenBy(v => Distance(v.JurisdictionId)).FirstOrDefault();
    }

    /// <summary>A period this form is filed for: a quarter for the quarterly form, a whole year for the annual one.</summary>
    public bool Fits(int? quarter) => Frequency == ReportFrequency.Quarterly ? quarter is not null : quarter is null;

    /// <summary>A version of a town, city or province (<paramref name="owner"/>), or, seeded, the shared default (null).</summary>
    public ReportFormVersion AddVersion(int fromYear, string title, string basis, FormDefinition definition, Guid? owner = null)
    {
        if (_versions.Any(v => v.JurisdictionId == owner && v.EffectiveFromYear == fromYear))
            throw new DomainException("Report.VersionExists", fromYear);
        var v = new ReportFormVersion(Id, _versions.Count + 1, fromYear, title, basis, definition.ToJson(), owner);
        _versions.Add(v);
        return v;
    }

    /// <summary>
    /// The seeded titles once named 大涌镇 outright; a shared version names the town it is shown to instead ({2}).
    /// </summary>
    public void NameTheTownInSharedTitles(string formerTown)
    {
        foreach (var v in _versions.Where(v => v.JurisdictionId is null && v.Title.StartsWith(formerTown, StringComparison.Ordinal)
            && !v.Title.Contains("{2}", StringComparison.Ordinal)))
            v.RetitleShared("{2}" + v.Title[formerTown.Length..]);
    }
}

/// <summary>One version of a form, frozen once a round uses it: a round keeps the version it opened with.</summary>
public sealed class ReportFormVersion : Entity
{
    private FormDefinition? _definition;

    private ReportFormVersion() { }

    internal ReportFormVersion(Guid formId, int number, int fromYear, string title, string basis, string definition, Guid? owner)
    {
        (FormId, Number, EffectiveFromYear, Title, Basis, Definition) = (formId, number, fromYear, title, basis, definition);
        JurisdictionId = owner;
    }

    public Guid FormId { get; private set; }

    /// <summary>The town, city or province whose version this is (for all the towns under it); null: the shared default.</summary>
    public Guid? JurisdictionId { get; private set; }
    public int Number { get; private set; }
    public int EffectiveFromYear { get; private set; }

    /// <summary>The printed title, with {0} for the year, {1} for the quarter and {2} for the town's name.</summary>
    public string Title { get; private set; } = "";

    public string Basis { get; private set; } = "";
    public string Definition { get; private set; } = "";

    public FormDefinition Parsed => _definition ??= FormDefinition.FromJson(Definition);

    internal void RetitleShared(string title) => Title = title;
}
