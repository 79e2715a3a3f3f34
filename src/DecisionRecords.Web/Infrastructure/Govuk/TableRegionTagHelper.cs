using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// A wide table in a named region that scrolls sideways on its own, so the page never does (WCAG 1.4.10) and the
/// region can be reached and scrolled from the keyboard (WCAG 2.1.1).
/// </summary>
[HtmlTargetElement("govuk-table-region")]
public sealed class TableRegionTagHelper(IHtmlHelper html) : GovukTemplateTagHelper(html)
{
    /// <summary>What a screen reader announces for the region, where no element names it.</summary>
    public string? Label { get; set; }

    /// <summary>The id of the element that names the region, such as the table's caption.</summary>
    public string? LabelledBy { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        await RenderAsync(output, "_TableRegion", new GovukTableRegionModel(Label, LabelledBy, await output.GetChildContentAsync()));
}
