using System.Globalization;

namespace Dajia.Web.Features.Cases.Print;

/// <summary>How the documents write dates (2017年9月20日) and sums (5,000.00) and name a person in a form.</summary>
public static class PrintText
{
    public static string Date(IStringLocalizer l, DateOnly? d) => d is { } x ? l["Print.Date", x.Year, x.Month, x.Day] : "";

    public static string Date(IStringLocalizer l, DateTimeOffset at) => Date(l, ChinaTime.DateOf(at));

    public static string Money(decimal? yuan) => yuan is { } m ? m.ToString("#,##0.00", CultureInfo.InvariantCulture) : "";

    public static string Officers(IStringLocalizer l, IEnumerable<CaseOfficerDto> officers) =>
        string.Join("、", officers.Select(o => l["Print.Officer", o.Name, o.CertificateNumber].Value));
}
