using Dajia.Web.Domain.Calendar;
using Dajia.Web.Domain.Cases;
using Dajia.Web.Infrastructure.Access;

namespace Dajia.Web.Features.Cases;

/// <summary>
/// 行政处罚告知 and 陈述、申辩, the steps a decision waits for (《行政处罚法》第四十四条、第四十五条、第六十二条). The notice
/// starts the party's 陈述申辩期 (rule <c>case.statement</c>); what they said, or their waiver, meets it; a hearing they
/// ask for is the case's 听证 pause, which stops the decision clock.
/// </summary>
public sealed partial class CaseWorkflow
{
    public Task<ServiceResult<CaseDto>> NotifyAsync(Guid id, NotifyInput input, Expected expected, CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Notify, expected, (c, x, errors) =>
        {
            var served = input.ServedOn ?? x.Today;
            if (served < c.OpenedOn || served > x.Today) errors.Add(new("servedOn", "Validation.Case.ServedOn"));
            // Notices are numbered n in the order served: a new one is never served before the last.
            else if (served < c.NoticeServedOn)
                errors.Add(new("servedOn", "Validation.Case.ServedAfterLast", $"{c.NoticeServedOn:yyyy-MM-dd}"));
            var penalties = Penalties.None;
            foreach (var p in input.Penalties ?? [])
                penalties |= Input.Enum<Penalties>(p, "penalties", errors, required: true) ?? Penalties.None;
            // The intended penalty is checked as a decision's would be; the notice's text stands for the summary.
            var intended = new CaseDecision(penalties, input.Fine, null, "告知");
            errors.AddRange(intended.Validate().Where(e => e.Field is "penalties" or "fine" && !errors.Any(y => y.Field == e.Field)));
            Note(input.Text, "text", errors);
            // A notice tells the party what will be decided: it may not promise more than the law allows a decision
            // (the maximum fine) nor what a transfer bars (不得以罚代刑), or the decision it announces could never be made.
            if (errors.Count == 0 && DecisionFines.Check(c, intended, x.Today) is { } aboveMax) errors.Add(aboveMax);
            var due = c.HearingRightFor(penalties, input.Fine);
            if (due && input.HearingRight == false) errors.Add(new("hearingRight", "Validation.Case.HearingRightDue"));
            return errors.Count > 0 ? null : new(DeadlineEvent.CaseNotified, Day(served), () =>
            {
                if (x.Allowed is { } rule && !rule.Allows(penalties)) throw new DomainException(rule.Reason!);
                c.Notify(new(served, penalties, input.Fine, input.HearingRight ?? due, input.Text!), Now, By);
            });
        }, ct);

    public Task<ServiceResult<CaseDto>> StatementAsync(Guid id, StatementInput input, Expected expected,
        CancellationToken ct = default) =>
        StepAsync(id, CaseMove.Statement, expected, (c, x, errors) =>
        {
            var kind = Input.Enum<CaseStatementKind>(input.Kind, "kind", errors, required: true);
            var on = input.ReceivedOn ?? x.Today;
            if (on < c.NoticeServedOn || on > x.Today) errors.Add(new("receivedOn", "Validation.Case.ReceivedOn"));
            var spoke = kind == CaseStatementKind.Statement;
            if (spoke) Note(input.Text, "text", errors);
            else if (input.Text is { Length: > FieldLengths.Note }) errors.Add(new("text", "Validation.TooLong", FieldLengths.Note));
            if (spoke && input.Adopted is null) errors.Add(new("adopted", "Validation.Case.Adopted"));
            // 第四十五条: the authority hears the defence and adopts what holds; not adopting it is reasoned.
            if (spoke && input.Adopted == false) Note(input.Reason, "reason", errors);
            else if (input.Reason is { Length: > FieldLengths.Note }) errors.Add(new("reason", "Validation.TooLong", FieldLengths.Note));
            var hearing = input.HearingRequested == true && c.Status == CaseStatus.Investigating;
            if (input.HearingRequested == true && (!spoke || !c.NoticeHearingRight))
                errors.Add(new("hearingRequested", "Validation.Case.NoHearingRight"));
            else if (hearing && on < x.Today.AddDays(-EnforcementCase.PauseBackdateDays))
                errors.Add(new("receivedOn", "Validation.Case.HearingBackdated", EnforcementCase.PauseBackdateDays));
            var pausedFrom = HearingPauseFrom(c, on);
            return errors.Count > 0 ? null : new(DeadlineEvent.CaseStatementRecorded, Day(on), () =>
            {
                // A hearing's pause on a late decision clock would hide the lateness, as any pause would.
                if (hearing && x.Overdue) throw new DomainException("Case.PauseOverdue");
                c.RecordStatement(new(kind!.Value, on, input.Text, spoke ? input.Adopted : null, input.Reason, hearing), Now, By);
                if (hearing) c.Pause(CasePauseKind.Hearing, pausedFrom, input.Text!, Now, By);
            }, input.Text?.Trim(), hearing ? Day(pausedFrom) : (DateTimeOffset?)null);
        }, ct);

    /// <summary>
    /// The first day a hearing asked for on <paramref name="on"/> stops the decision clock: that day (程序规定第六十四条:
    /// 听证时间不计入办案期限). On the day of 立案 it is the next: the 立案 day itself is never counted (期间开始的当日不计入,
    /// 民法典第二百零一条), so pausing from the next day stops the same days and the request is recordable on the 立案 day.
    /// </summary>
    public static DateOnly HearingPauseFrom(EnforcementCase c, DateOnly on) => on > c.OpenedOn ? on : c.OpenedOn.AddDays(1);
}
