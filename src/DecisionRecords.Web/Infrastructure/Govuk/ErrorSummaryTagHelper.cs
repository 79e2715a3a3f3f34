using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The GOV.UK error summary: every model error, in the order of the form, each linking to its field.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IHtmlHelper html) : GovukTemplateTagHelper(html)
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var order = ViewContext.HttpContext.Items[ValidationFilter.ErrorOrderKey] as List<string> ?? [];
        var errors = ViewContext.ModelState
            .Where(e => e.Value?.Errors.Count > 0)
            .OrderBy(e => order.IndexOf(e.Key) is var i and >= 0 ? i : int.MaxValue)
            .Select(e => new GovukErrorItem(e.Key.Length == 0 ? null : Govuk.Id(e.Key), e.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        ViewContext.ViewData["HasErrors"] = true;
        await RenderAsync(output, "_ErrorSummary", errors);
    }
}
