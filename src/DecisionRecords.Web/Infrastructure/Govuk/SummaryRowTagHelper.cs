using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>One row of its parent <see cref="SummaryListTagHelper"/>: the key, the content as the value, and an optional action.</summary>
[HtmlTargetElement("govuk-row", ParentTag = "govuk-summary-list")]
public sealed class SummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = "";

    /// <summary>Null or empty for no action: Razor writes a null expression into a string attribute as "".</summary>
    public string? ActionHref { get; set; }

    public string ActionText { get; set; } = "Change";

    public string? ActionHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = await output.GetChildContentAsync();
        ((List<GovukSummaryRow>)context.Items[typeof(GovukSummaryRow)]).Add(new GovukSummaryRow(Key, value, string.IsNullOrEmpty(ActionHref) ? null : ActionHref, ActionText, ActionHidden ?? Key.ToLowerInvariant()));
        output.SuppressOutput();
    }
}
