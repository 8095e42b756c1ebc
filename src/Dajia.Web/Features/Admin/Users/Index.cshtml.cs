using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dajia.Web.Features.Admin.Users;

[Authorize(Policy = Infrastructure.Auth.Policies.Admin)]
public sealed class IndexModel(UserService users) : PageModel
{
    public IReadOnlyList<UserDto> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await users.ListAsync(ct);
}
