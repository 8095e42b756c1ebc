namespace Dajia.Web.Domain;

/// <summary>One change to one row: who, when, what, and the values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";

    /// <summary>The actor's jurisdiction path; empty for the system. Audit reads are scoped by it.</summary>
    public string Scope { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Action { get; set; } = "";
    public string Changes { get; set; } = "{}";
}
