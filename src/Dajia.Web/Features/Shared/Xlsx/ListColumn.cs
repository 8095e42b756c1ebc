namespace Dajia.Web.Features.Shared.Xlsx;

/// <summary>
/// One column of a list export: its header, the cell for a row and its width in characters. The value keeps its
/// type: a <see cref="DateOnly"/> is written as a date, an instant as a China date and time, a number as a number, and
/// anything else as text (so a stall number "007" or a phone number keeps its leading zero).
/// </summary>
public sealed record ListColumn<T>(string Header, Func<T, object?> Value, double Width = 14);
