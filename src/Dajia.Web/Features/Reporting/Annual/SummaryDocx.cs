using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Dajia.Web.Features.Reporting.Annual;

/// <summary>
/// A written summary as a Word document in the usual layout of a government paper: A4 with 3.7/3.5/2.8/2.6 cm margins,
/// the title in 小标宋 (宋体 where it is missing) 二号 centred, headings in 黑体 and 楷体, the body in 仿宋 三号 with a
/// two-character first-line indent and 28-point lines.
/// </summary>
public static class SummaryDocx
{
    private const string Body = "仿宋", Heading = "黑体", Subheading = "楷体", TitleFont = "方正小标宋简体";
    private const int Size = 32, TitleSize = 44, Line = 560;

    public static byte[] Build(string title, string text)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
            body.Append(Paragraph(title, TitleFont, TitleSize, JustificationValues.Center, bold: false, indent: false));
            foreach (var block in SummaryMarkup.Parse(text))
            {
                switch (block.Kind)
                {
                    case MarkupKind.Heading:
                        body.Append(Paragraph(block.Lines[0], Heading, Size, JustificationValues.Left, false, true));
                        break;
                    case MarkupKind.Subheading:
                        body.Append(Paragraph(block.Lines[0], Subheading, Size, JustificationValues.Left, true, true));
                        break;
                    case MarkupKind.List:
                        foreach (var item in block.Lines)
                            body.Append(Paragraph("· " + item, Body, Size, JustificationValues.Both, false, true));
                        break;
                    default:
                        body.Append(Paragraph(block.Lines[0], Body, Size, JustificationValues.Both, false, true));
                        break;
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U }));
            main.Document = new Document(body);
            main.Document.Save();
            doc.PackageProperties.Title = title;
        }
        return ms.ToArray();
    }

    private static Paragraph Paragraph(string text, string font, int size, JustificationValues align, bool bold, bool indent)
    {
        // The schema fixes the order of the properties: fonts, bold, size; spacing, indentation, justification.
        var run = new RunProperties(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = S(size) });
        var props = new ParagraphProperties(new SpacingBetweenLines { Line = S(Line), LineRule = LineSpacingRuleValues.Exact });
        if (indent) props.Append(new Indentation { FirstLine = S(size * 20) });
        props.Append(new Justification { Val = align });
        return new Paragraph(props, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static string S(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
