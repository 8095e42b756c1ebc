using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Dajia.Web.Features.Shared;

/// <summary>The one-line message a page shows after a redirect ("已保存"); the layout shows it once, then it is gone.</summary>
public static class FlashMessages
{
    private const string Key = "Flash";
    private const string ForKey = "FlashFor";

    /// <param name="forPath">The page the redirect goes to: the message shows only there (a redirect not followed leaves it
    /// for whatever page comes next, where it would answer nothing). Null: the next page.</param>
    public static void Flash(this ITempDataDictionary tempData, string message, string? forPath = null)
    {
        tempData[Key] = message;
        if (forPath is null) tempData.Remove(ForKey);
        else tempData[ForKey] = forPath;
    }

    /// <summary>Reading it marks it for removal at the end of the request, as TempData does, whether or not it is shown.</summary>
    public static string? TakeFlash(this ITempDataDictionary tempData, string path)
    {
        var message = tempData[Key] as string;
        return tempData[ForKey] is string target && !string.Equals(target, path, StringComparison.OrdinalIgnoreCase) ? null : message;
    }
}
