using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>One-off messages shown as a GOV.UK notification banner after a redirect.</summary>
public static class Flash
{
    public const string CookieName = "decision-records-flash";

    private const string Key = "FlashSuccess";
    private const string ImportantKey = "FlashImportant";

    public static void SetFlash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    /// <summary>Something the user must know that is not a success, such as a change that was not made.</summary>
    public static void SetImportantFlash(this ITempDataDictionary tempData, string message) => tempData[ImportantKey] = message;

    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;

    public static string? TakeImportantFlash(this ITempDataDictionary tempData) => tempData[ImportantKey] as string;
}
