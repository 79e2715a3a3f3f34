namespace DecisionRecords.Web.Infrastructure;

/// <summary>The items a radios or checkboxes tag helper collects from its children.</summary>
public sealed class GovukChoicesContext
{
    public List<(string Value, string Label, string? Hint, bool? Checked, Microsoft.AspNetCore.Html.IHtmlContent? Conditional)> Items { get; } = [];
}
