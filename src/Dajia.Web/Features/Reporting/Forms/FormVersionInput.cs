using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Dajia.Web.Domain.Reporting;

namespace Dajia.Web.Features.Reporting.Forms;

public sealed record IndicatorInput(string? Code, string? Label, string? Unit, string? Type, string? Prefill);

public sealed record BlockInput(string? Code, string? Label, List<IndicatorInput>? Indicators);

public sealed record RuleInput(string? Code, string? Kind, string? Left, List<string>? Right, string? Basis);

public sealed record DefinitionInput(List<BlockInput>? Blocks, List<RuleInput>? Rules);

/// <summary>Next year's form as sent: types and kinds as words, so an unknown one is a field error and not a 500.</summary>
/// <summary>Next year's form as sent; <c>JurisdictionId</c>: whose version (the admin's own place, or one under it).</summary>
public sealed record FormVersionInput(int? FromYear, string? Title, string? Basis, DefinitionInput? Definition,
    Guid? JurisdictionId = null);

/// <summary>Reads a new version of a form: every code unique, every type and rule kind known, rules on existing numbers.</summary>
public static partial class FormVersionRules
{
    public const int MaxIndicators = 200;

    public static readonly IReadOnlySet<string> Sources = typeof(PrefillSources)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();

    [GeneratedRegex("^[a-z][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*$")]
    private static partial Regex CodePattern();

    public static FormDefinition? Parse(ReportForm form, FormVersionInput input, List<FieldError> errors)
    {
        Title(form, input.Title, errors);
        if (string.IsNullOrWhiteSpace(input.Basis)) errors.Add(new("basis", "ReportForm.Required"));
        else Input.Fits(input.Basis.Trim(), FieldLengths.Note, "basis", errors);
        var blocks = new List<IndicatorBlock>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var blockCodes = new HashSet<string>(StringComparer.Ordinal);
        var given = input.Definition?.Blocks ?? [];
        if (given.Count == 0) errors.Add(new("definition.blocks", "ReportForm.NoBlocks"));
        for (var b = 0; b < given.Count; b++)
        {
            var f = $"definition.blocks[{b}]";
            var block = given[b];
            Code(block.Code, f + ".code", blockCodes, errors);
            Label(block.Label, f + ".label", errors);
            var indicators = new List<Indicator>();
            var items = block.Indicators ?? [];
            if (items.Count == 0) errors.Add(new(f + ".indicators", "ReportForm.NoIndicators"));
            for (var i = 0; i < items.Count; i++)
                if (Indicator(items[i], $"{f}.indicators[{i}]", codes, errors) is { } x) indicators.Add(x);
            blocks.Add(new IndicatorBlock(block.Code?.Trim() ?? "", block.Label?.Trim() ?? "", indicators));
        }
        if (codes.Count > MaxIndicators) errors.Add(new("definition.blocks", "ReportForm.TooMany", MaxIndicators));
        var numbers = blocks.SelectMany(b => b.Indicators).Where(i => i.Type != IndicatorType.Text).Select(i => i.Code).ToHashSet();
        var rules = new List<FormRule>();
        var ruleCodes = new HashSet<string>(StringComparer.Ordinal);
        var givenRules = input.Definition?.Rules ?? [];
        for (var r = 0; r < givenRules.Count; r++)
            if (Rule(form, givenRules[r], $"definition.rules[{r}]", ruleCodes, numbers, errors) is { } x) rules.Add(x);
        return errors.Count == 0 ? new FormDefinition(blocks, rules) : null;
    }

    private static void Title(ReportForm form, string? title, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(new("title", "ReportForm.Required"));
            return;
        }
        if (!Input.Fits(title.Trim(), FieldLengths.EntityName, "title", errors)) return;
        // The title is a format string ({0} the year, {1} the quarter): one that does not format would fail every page.
        var needed = form.Frequency == ReportFrequency.Quarterly ? new[] { "{0}", "{1}" } : ["{0}"];
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, title, 2017, 3, "镇");
            if (needed.Any(n => !title.Contains(n, StringComparison.Ordinal)))
                errors.Add(new("title", "ReportForm.TitleWithTown." + form.Frequency, "{0}", "{1}", "{2}"));
        }
        catch (FormatException)
        {
            errors.Add(new("title", "ReportForm.TitleWithTown." + form.Frequency, "{0}", "{1}", "{2}"));
        }
    }

    private static void Code(string? code, string field, HashSet<string> seen, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(code)) errors.Add(new(field, "ReportForm.Required"));
        else if (code.Trim().Length > FieldLengths.Name || !CodePattern().IsMatch(code.Trim())) errors.Add(new(field, "ReportForm.Code"));
        else if (!seen.Add(code.Trim())) errors.Add(new(field, "ReportForm.DuplicateCode", code.Trim()));
    }

    private static void Label(string? label, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(label)) errors.Add(new(field, "ReportForm.Required"));
        else Input.Fits(label.Trim(), FieldLengths.Name, field, errors);
    }

    private static Indicator? Indicator(IndicatorInput x, string f, HashSet<string> codes, List<FieldError> errors)
    {
        var before = errors.Count;
        Code(x.Code, f + ".code", codes, errors);
        Label(x.Label, f + ".label", errors);
        Input.Fits(x.Unit?.Trim(), FieldLengths.ShortText, f + ".unit", errors);
        if (!Enum.TryParse<IndicatorType>(x.Type?.Trim(), ignoreCase: false, out var type) || !Enum.IsDefined(type)
            || int.TryParse(x.Type, out _))
            errors.Add(new(f + ".type", "ReportForm.UnknownType", x.Type ?? ""));
        var prefill = string.IsNullOrWhiteSpace(x.Prefill) ? null : x.Prefill.Trim();
        if (prefill is not null && (!Sources.Contains(prefill) || type == IndicatorType.Text))
            errors.Add(new(f + ".prefill", "ReportForm.UnknownSource", prefill));
        return errors.Count > before ? null
            : new Indicator(x.Code!.Trim(), x.Label!.Trim(), type == IndicatorType.Text ? "" : x.Unit?.Trim() ?? "", type, prefill);
    }

    private static FormRule? Rule(ReportForm form, RuleInput x, string f, HashSet<string> codes, HashSet<string> numbers,
        List<FieldError> errors)
    {
        var before = errors.Count;
        Code(x.Code, f + ".code", codes, errors);
        if (!Enum.TryParse<FormRuleKind>(x.Kind?.Trim(), ignoreCase: false, out var kind) || !Enum.IsDefined(kind)
            || int.TryParse(x.Kind, out _) || kind == FormRuleKind.QuartersAddUp && form.Frequency != ReportFrequency.Annual)
            errors.Add(new(f + ".kind", "ReportForm.UnknownKind", x.Kind ?? ""));
        if (x.Left is null || !numbers.Contains(x.Left)) errors.Add(new(f + ".left", "ReportForm.UnknownIndicator", x.Left ?? ""));
        var right = x.Right ?? [];
        if (kind == FormRuleKind.AtMost && right.Count == 0) errors.Add(new(f + ".right", "ReportForm.RuleNeedsRight"));
        foreach (var r in right.Where(r => !numbers.Contains(r)))
            errors.Add(new(f + ".right", "ReportForm.UnknownIndicator", r));
        if (string.IsNullOrWhiteSpace(x.Basis)) errors.Add(new(f + ".basis", "ReportForm.Required"));
        else Input.Fits(x.Basis.Trim(), FieldLengths.Note, f + ".basis", errors);
        return errors.Count > before ? null : new FormRule(x.Code!.Trim(), kind, x.Left!, right, x.Basis!.Trim());
    }
}
