namespace Dajia.Web.Domain;

public static class Roles
{
    public const string OfficeAdmin = nameof(OfficeAdmin);
    public const string OfficeStaff = nameof(OfficeStaff);
    public const string UnitLiaison = nameof(UnitLiaison);
    public const string Leader = nameof(Leader);

    public static readonly IReadOnlyList<string> All = [OfficeAdmin, OfficeStaff, UnitLiaison, Leader];
}
