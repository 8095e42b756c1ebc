namespace Dajia.Web.Domain.Reporting;

/// <summary>The names of what a form's indicator can prefill from; <c>Features/Reporting/Prefill</c> computes each.</summary>
public static class PrefillSources
{
    public const string Operations = "operations";
    public const string JointOperations = "operations.joint";
    public const string Personnel = "operations.personnel";
    public const string Vehicles = "operations.vehicles";
    public const string Inspections = "inspections";
    public const string UndercoverVisits = "operations.undercover";
    public const string CluesReceived = "clues.received";
    public const string CluesRealName = "clues.realName";
    public const string CluesVerified = "clues.verified";
    public const string CasesCarriedIn = "cases.carriedIn";
    public const string CasesOpened = "cases.opened";
    public const string CasesClosed = "cases.closed";
    public const string CaseValue = "cases.value";
    public const string Penalties = "cases.penalties";
    public const string ExhibitQuantity = "exhibits.quantity";
    public const string GoodsValue = "cases.goodsValue";
    public const string Dens = "cases.dens";
    public const string Transfers = "transfers";
}
