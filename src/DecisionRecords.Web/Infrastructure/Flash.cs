using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>One-off success messages shown as a GOV.UK notification banner after a redirect.</summary>
public static class Flash
{
    private const string Key = "FlashSuccess";

    public static void SetFlash(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;
}
