using ClosedXML.Excel;
using Dajia.Web.Domain.LiaisonTables;
using Dajia.Web.Domain.Units;
using static Dajia.Web.Features.LiaisonTables.LiaisonTableLayout;

namespace Dajia.Web.Features.LiaisonTables;

public sealed record ImportRow(int Row, string UnitName, LeaderInCharge Leader, LiaisonRole Role, LiaisonDetails Liaison);

/// <summary>Reads a filled 附件1. It never applies anything: the caller applies only when there are no errors.</summary>
public static class LiaisonTableImport
{
    public static (IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors) Read(Stream xlsx)
    {
        if (Infrastructure.XlsxGuard.Check(xlsx, Infrastructure.UploadLimits.LiaisonTable) is { } refused) return ([], [refused]);
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(xlsx);
        }
        catch (Exception)
        {
            // ClosedXML throws a zoo of exception types for a corrupt or foreign file; all mean "cannot read".
            return ([], [ImportError.File("Import.Unreadable")]);
        }
        using (book)
        {
            var ws = book.Worksheets.First();
            if (Cell(ws, HeaderRow, UnitName) != HeaderOf(UnitName) || Cell(ws, HeaderRow, Name) != HeaderOf(Name)
                || Cell(ws, SubHeaderRow, LeaderMobile) != SubHeaderOf(LeaderMobile))
                return ([], [ImportError.File("Import.NotLiaisonTable")]);

            var rows = new List<ImportRow>();
            var errors = new List<ImportError>();
            var last = ws.LastRowUsed()?.RowNumber() ?? 0;
            for (var r = FirstDataRow; r <= last; r++)
            {
                var unitName = Cell(ws, r, UnitName);
                if (Cell(ws, r, No).StartsWith(DatePrefix, StringComparison.Ordinal)) break;
                var blankLiaison = Cell(ws, r, Name).Length == 0 && Cell(ws, r, Mobile).Length == 0;
                if (unitName.Length == 0 && blankLiaison) continue;
                if (unitName.Length == 0) { errors.Add(new(r, LabelOf(UnitName), "Import.UnitNameRequired")); continue; }
                if (blankLiaison) continue; // a unit that has not named its liaison yet
                ReadRow(ws, r, unitName, rows, errors);
            }
            if (rows.Count == 0 && errors.Count == 0) errors.Add(ImportError.File("Import.Empty"));
            return (rows, errors);
        }
    }

    private static void ReadRow(IXLWorksheet ws, int r, string unitName, List<ImportRow> rows, List<ImportError> errors)
    {
        var before = errors.Count;
        if (!LiaisonDetails.TryParseGender(Cell(ws, r, Sex), out var gender))
            errors.Add(new(r, LabelOf(Sex), "Validation.Gender"));
        var details = new LiaisonDetails(Cell(ws, r, Name), gender, Cell(ws, r, Title), Cell(ws, r, OfficePhone),
            Cell(ws, r, Mobile), Cell(ws, r, Fax), Cell(ws, r, Email)).Normalized();
        errors.AddRange(details.Validate().Select(e => new ImportError(r, LabelOf(ColumnOf(e.Field)), e.MessageKey, e.Args)));
        var leaderMobile = ContactFormats.NormalizePhone(Cell(ws, r, LeaderMobile));
        if (leaderMobile is not null && !ContactFormats.IsMobile(leaderMobile))
            errors.Add(new(r, LabelOf(LeaderMobile), "Validation.Mobile"));
        var leader = new LeaderInCharge(ContactFormats.NormalizeText(Cell(ws, r, LeaderName)),
            ContactFormats.NormalizeText(Cell(ws, r, LeaderTitle)), leaderMobile);
        var role = Cell(ws, r, Remarks).Contains(DeputyMark, StringComparison.Ordinal) ? LiaisonRole.Deputy : LiaisonRole.Primary;
        if (errors.Count == before) rows.Add(new ImportRow(r, unitName, leader, role, details));
    }

    private static int ColumnOf(string field) => field switch
    {
        "name" => Name,
        "gender" => Sex,
        "title" => Title,
        "officePhone" => OfficePhone,
        "mobile" => Mobile,
        "fax" => Fax,
        "email" => Email,
        _ => Remarks,
    };

    /// <summary>Cell text as the user sees it; a phone typed as a number comes back without ".0" or exponent.</summary>
    private static string Cell(IXLWorksheet ws, int row, int col)
    {
        var cell = ws.Cell(row, col);
        var text = cell.DataType == XLDataType.Number && cell.TryGetValue<decimal>(out var n)
            ? n.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture)
            : cell.GetString();
        return text.Trim();
    }
}
