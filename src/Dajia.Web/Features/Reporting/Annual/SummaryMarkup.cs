namespace Dajia.Web.Features.Reporting.Annual;

public enum MarkupKind
{
    Heading,
    Subheading,
    Paragraph,
    List,
}

/// <summary>One block of a written summary: a heading or a paragraph (one line), or a list (its items).</summary>
public sealed record MarkupBlock(MarkupKind Kind, IReadOnlyList<string> Lines);

/// <summary>
/// The simple markup of written summaries, typed in a plain text box: a line starting "# " is a heading, "## " a
/// subheading, "- " a list item; every other line is a paragraph. Pages show the blocks through Razor's encoding and
/// the .docx writer as Word paragraphs, so whatever is typed (HTML included) stays text.
/// </summary>
public static class SummaryMarkup
{
    public static IReadOnlyList<MarkupBlock> Parse(string? text)
    {
        var blocks = new List<MarkupBlock>();
        List<string>? list = null;
        foreach (var raw in (text ?? "").Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal))
            {
                if (list is null) blocks.Add(new(MarkupKind.List, list = []));
                list.Add(line[2..].Trim());
                continue;
            }
            list = null;
            if (line.Length == 0) continue;
            if (line.StartsWith("## ", StringComparison.Ordinal)) blocks.Add(new(MarkupKind.Subheading, [line[3..].Trim()]));
            else if (line.StartsWith("# ", StringComparison.Ordinal)) blocks.Add(new(MarkupKind.Heading, [line[2..].Trim()]));
            else blocks.Add(new(MarkupKind.Paragraph, [line]));
        }
        return blocks;
    }
}
