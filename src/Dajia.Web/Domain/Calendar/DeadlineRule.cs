namespace Dajia.Web.Domain.Calendar;

public enum TimeUnit
{
    WorkingDays,
    CalendarDays,
    Hours,

    /// <summary>Due on a day the subject gives (a plan's date), not counted from an event: the rule's amount is 0.</summary>
    FixedDate,
}

/// <summary>
/// 时限规则: a legal time limit as data, because the rules change (complaints: 2014, 2020, 2026). A rule applies to
/// deadlines that start inside its effective range; a deadline keeps the terms it started with.
/// </summary>
public sealed class DeadlineRule : AggregateRoot
{
    private DeadlineRule() { }

    public DeadlineRule(string code, DeadlineRuleTerms terms, bool partyPeriod = false)
    {
        Code = code;
        PartyPeriod = partyPeriod;
        Update(terms);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string LegalBasis { get; private set; } = "";
    public TimeUnit TimeUnit { get; private set; }
    public int Amount { get; private set; }
    public int ExtensionAmount { get; private set; }
    public int MaxExtensions { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public DateOnly? EffectiveTo { get; private set; }

    /// <summary>
    /// The party's period, not the office's duty (陈述申辩期): when it runs out unanswered the office may act, so it lapses
    /// (<see cref="DeadlineState.Lapsed"/>) and is never 逾期 nor counted late. A deadline keeps the flag it started with.
    /// </summary>
    public bool PartyPeriod { get; private set; }

    public bool AppliesOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);

    public void Update(DeadlineRuleTerms t)
    {
        Name = t.Name;
        LegalBasis = t.LegalBasis;
        TimeUnit = t.TimeUnit;
        Amount = t.Amount;
        ExtensionAmount = t.ExtensionAmount;
        MaxExtensions = t.MaxExtensions;
        EffectiveFrom = t.EffectiveFrom;
        EffectiveTo = t.EffectiveTo;
    }
}

public sealed record DeadlineRuleTerms(
    string Name, string LegalBasis, TimeUnit TimeUnit, int Amount, int ExtensionAmount, int MaxExtensions,
    DateOnly EffectiveFrom, DateOnly? EffectiveTo)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 64) errors.Add(new("name", "Validation.Rule.Name"));
        if (string.IsNullOrWhiteSpace(LegalBasis) || LegalBasis.Length > 500) errors.Add(new("legalBasis", "Validation.Rule.LegalBasis"));
        var amountOk = TimeUnit == TimeUnit.FixedDate ? Amount == 0 : Amount is >= 1 and <= 3650;
        if (!amountOk) errors.Add(new("amount", "Validation.Rule.Amount"));
        if (ExtensionAmount is < 0 or > 3650) errors.Add(new("extensionAmount", "Validation.Rule.ExtensionAmount"));
        if (MaxExtensions is < 0 or > 10) errors.Add(new("maxExtensions", "Validation.Rule.MaxExtensions"));
        if (EffectiveTo is { } to && to < EffectiveFrom) errors.Add(new("effectiveTo", "Validation.Rule.EffectiveTo"));
        return errors;
    }
}
