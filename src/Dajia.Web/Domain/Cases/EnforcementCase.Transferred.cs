namespace Dajia.Web.Domain.Cases;

public sealed partial class EnforcementCase
{
    /// <summary>
    /// 移送司法机关 is itself the case's decision (《市场监督管理行政处罚程序规定》第六十条第一款第五项; 2017: 工商总局令第28号), so
    /// once the police have taken the case it is closed without a penalty: nothing to pay, nothing to publish. The
    /// caller meets the decision clock (<c>DeadlineEvent.CaseDecided</c>).
    /// </summary>
    public void CloseTransferred(string note, DateTimeOffset at, string by)
    {
        Guard(CaseMove.CloseTransferred);
        (Status, PauseKind, PausedFrom, ClosedOn) = (CaseStatus.Closed, null, null, ChinaTime.DateOf(at));
        Record(CaseEventKind.Closed, at, by, Required(note));
    }
}
