namespace Dajia.Tests.Access;

/// <summary>
/// Every Razor page (by its route) opened by every caller of <see cref="AuthorizationMatrix.Callers"/>, with town 1's
/// record in its route: A opens (or redirects somewhere else), F refused (sign-in asked or 403), N not found.
/// </summary>
public static class PageMatrix
{
    public static readonly Dictionary<string, string> Rows = new()
    {
        // Anonymous: the public home (the portal's front page), not the staff dashboard.
        [""] = "AAAAAAAAA",
        // The refusal page itself answers 403 to everyone, with its Chinese message.
        ["Account/AccessDenied"] = "FFFFFFFFF",
        ["Account/ChangePassword"] = "FAAAAAAAA",
        ["Account/Login"] = "AAAAAAAAA",
        // Without a password step in progress it sends everyone to the sign-in page.
        ["Account/LoginWith2fa"] = "FFFFFFFFF",
        ["Account/Logout"] = "AAAAAAAAA",
        ["Account/TwoFactor"] = "FAFFAAAAA",
        ["Admin/Audit"] = "FAFFFAAFA",
        ["Admin/Jurisdictions"] = "FAFFFAAFA",
        ["Admin/Users"] = "FAFFFAAFA",
        ["Admin/Users/Edit/{id:guid?}"] = "FNFFFAAFA",
        ["Calendar"] = "FAAAAAAAA",
        ["Calendar/Calculator"] = "FAAAAAAAA",
        ["Calendar/RuleEdit/{id:guid?}"] = "FFFFFFAFF",
        ["Calendar/Rules"] = "FAAAAAAAA",
        ["Cases/Standards"] = "FAAAAAAAA",
        ["Campaigns/{year:int?}"] = "FAAAAAAAA",
        ["Campaigns/Edit/{id:guid?}"] = "FNFFFAAAA",
        ["Cases"] = "FAAAAAAAA",
        ["Cases/{id:guid}"] = "FNNAAAAAA",
        ["Cases/New"] = "FAAAFAAAA",
        ["Reports/Forms"] = "FAAAAAAAA",
        ["Reports/Forms/{code}/NewVersion"] = "FAFFFAAFA",
        ["Reports/{form}/{period}/Print"] = "FAFFAAAAA",
        ["Reports/{form}/{period}/Units/{unitId:guid}/Print"] = "FNNAAAAAA",
        // Print views: the case page's scope; one whose step has not happened yet is a Chinese 409 page.
        ["Cases/{id:guid}/Print/Closing"] = "FNNAAAAAA",
        ["Cases/{id:guid}/Print/Decision"] = "FNNAAAAAA",
        ["Cases/{id:guid}/Print/Exhibits"] = "FNNAAAAAA",
        ["Cases/{id:guid}/Print/File"] = "FNNAAAAAA",
        ["Cases/{id:guid}/Print/Filing"] = "FNNAAAAAA",
        ["Cases/{id:guid}/Print/Notice"] = "FNNAAAAAA",
        ["Cases/{id:guid}/Print/Scene"] = "FNNAAAAAA",
        ["Cases/{id:guid}/Print/Transfer"] = "FNNAAAAAA",
        ["Clues"] = "FAAAAAAAA",
        ["Clues/{id:guid}"] = "FNNAAAAAA",
        ["Clues/{id:guid}/AssignmentSheet"] = "FNNAAAAAA",
        ["Clues/HotSpots"] = "FAAAAAAAA",
        ["Clues/{id:guid}/Match"] = "FNFFFAAAA",
        ["Clues/New"] = "FAFFFAAAA",
        ["Draw/{id:guid}"] = "AAAAAAAAA",
        ["Entities"] = "FAAAAAAAA",
        ["Entities/Edit/{id:guid?}"] = "FNAA*AAAA",
        ["Error"] = "AAAAAAAAA",
        ["KeyAreas"] = "FAAAAAAAA",
        ["LiaisonTables"] = "FAAAAAAAA",
        ["LiaisonTables/{year:int}/Units/{unitId:guid}"] = "FNNAAAAAA",
        ["Operations"] = "FAAAAAAAA",
        ["Operations/{id:guid}"] = "FNAAAAAAA",
        ["Operations/New"] = "FAAAFAAAA",
        ["Plan/{year:int}"] = "AAAAAAAAA",
        ["RandomDraws"] = "FAAAAAAAA",
        ["RandomDraws/{id:guid}"] = "FNAAAAAAA",
        ["Report"] = "AAAAAAAAA",
        ["Reports/{form}/{period}/Units/{unitId:guid}/PaperCopy"] = "FNNAAAAAA",
        ["Reports/key-area-annual/{year:int}/Units/{unitId:guid}/Summary"] = "FNNAAAAAA",
        // A liaison is sent on to their own unit's written summary of the year.
        ["Reports/Summary/{year:int?}"] = "FAAAAAAAA",
        ["Reports"] = "FAAAAAAAA",
        ["Reports/{form}/{period}/Units/{unitId:guid}"] = "FNNAAAAAA",
        // The office's views of a report round: office and leaders (each their own town's), never a liaison.
        ["Reports/{form}/{period}"] = "FAFFAAAAA",
        ["Reports/{form}/{period}/Ranking"] = "FAFFAAAAA",
        ["Reports/{form}/Year/{year:int}"] = "FAFFAAAAA",
        ["Track"] = "AAAAAAAAA",
        ["Units"] = "FAAAAAAAA",
        ["Units/{id:guid}"] = "FNAAAAAAA",
        ["Units/{id:guid}/Liaison"] = "FNFAFAAAA",
        ["Units/Edit/{id:guid?}"] = "FNFFFAAFA",
    };
}
