using Microsoft.AspNetCore.Http.HttpResults;

namespace Dajia.Web.Features.Shared;

/// <summary>
/// A problem in an imported workbook: the row number as Excel shows it (0 for the file as a whole), the column's
/// label as the file spells it, and a message key with its arguments.
/// </summary>
public sealed record ImportError(int Row, string Column, string MessageKey, params object[] Args)
{
    public static ImportError File(string messageKey, params object[] args) => new(0, "", messageKey, args);
}

/// <summary>
/// An all-or-nothing import's outcome: either every row was applied and <see cref="Applied"/> says what changed, or
/// nothing was and <see cref="Errors"/> says why, row by row.
/// </summary>
public sealed record ImportResult<TApplied>(TApplied? Applied, IReadOnlyList<ImportError> Errors) where TApplied : class
{
    public static ImportResult<TApplied> Done(TApplied applied) => new(applied, []);

    public static ImportResult<TApplied> Rejected(IEnumerable<ImportError> errors) =>
        new(null, errors.OrderBy(e => e.Row).ToList());

    public static ImportResult<TApplied> Rejected(ImportError error) => new(null, [error]);
}

/// <summary>How import errors are worded, the same for every importer, API and page.</summary>
public static class ImportErrors
{
    /// <summary>A file with 100,000 bad rows is not answered with 100,000 messages; the rest are counted, not dropped.</summary>
    public const int MaxShown = 200;

    public static string Describe(ImportError e, IStringLocalizer l) =>
        e.Row == 0 ? l.Word(e.MessageKey, e.Args) : l["Import.RowError", e.Row, e.Column, l.Word(e.MessageKey, e.Args)];

    /// <summary>Messages for a page: the first <see cref="MaxShown"/>, then one line saying how many more.</summary>
    public static List<string> Messages(IReadOnlyList<ImportError> errors, IStringLocalizer l)
    {
        var shown = errors.Take(MaxShown).Select(e => Describe(e, l)).ToList();
        if (errors.Count > MaxShown) shown.Add(l["Import.More", errors.Count - MaxShown]);
        return shown;
    }

    /// <summary>The API's answer: keys "row5" (or "file") so a client can show the messages beside the rows.</summary>
    public static ValidationProblem Problem(IReadOnlyList<ImportError> errors, IStringLocalizer l)
    {
        var byRow = errors.Take(MaxShown).GroupBy(e => e.Row == 0 ? "file" : $"row{e.Row}")
            .ToDictionary(g => g.Key, g => g.Select(e => Describe(e, l)).ToArray());
        if (errors.Count > MaxShown) byRow["more"] = [l["Import.More", errors.Count - MaxShown]];
        return TypedResults.ValidationProblem(byRow, title: l["Import.Rejected"]);
    }
}
