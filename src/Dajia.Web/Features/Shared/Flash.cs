using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Dajia.Web.Features.Shared;

/// <summary>The one-line message a page shows after a redirect ("已保存"); the layout shows it once, then it is gone.</summary>
public static class FlashMessages
{
    private const string Key = "Flash";

    public static void Flash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    /// <summary>Reading it marks it for removal at the end of the request, as TempData does.</summary>
    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;
}
