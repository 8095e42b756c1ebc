using Dajia.Web.Domain.Jurisdictions;
using Dajia.Web.Domain.Units;
namespace Dajia.Web.Infrastructure.Auth;

public static class DajiaClaims
{
    public const string Jurisdiction = "dajia:jurisdiction";
    public const string JurisdictionPath = "dajia:jpath";
    public const string Unit = "dajia:unit";
    public const string DisplayName = "dajia:name";
}
