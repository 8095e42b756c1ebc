namespace Dajia.Web.Features.Admin;

/// <summary>The log's filters as the query string carries them (the page and the API alike), parsed by <see
/// cref="AuditService.Parse"/>.</summary>
public sealed record AuditInput(
    string? UserId, string? From, string? To, string? EntityType, string? EntityId, string? Page, string? PageSize);

/// <summary>Whose changes (a user's id), between which China dates (both included), to which type of record.</summary>
public sealed record AuditQuery(
    Guid? UserId, DateOnly? From, DateOnly? To, string? EntityType, string? EntityId, PageRequest Paging)
{
    public static readonly AuditQuery All = new(null, null, null, null, null, PageRequest.First);
}

/// <summary>A choice in a filter's list: the stored value and its words.</summary>
public sealed record AuditChoice(string Value, string Text);
