using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>A GOV.UK summary list of <c>govuk-row</c> children.</summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class SummaryListTagHelper(IHtmlHelper html) : GovukTemplateTagHelper(html)
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var rows = new List<GovukSummaryRow>();
        context.Items[typeof(GovukSummaryRow)] = rows;
        await output.GetChildContentAsync();
        await RenderAsync(output, "_SummaryList", rows);
    }
}
