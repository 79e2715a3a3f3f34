using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The GOV.UK error message of one field laid out by hand (the funding table grid), or nothing when it has none.</summary>
[HtmlTargetElement("govuk-error-message", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorMessageTagHelper(IHtmlHelper html) : GovukTemplateTagHelper(html)
{
    /// <summary>The field's name, as it posts.</summary>
    public string For { get; set; } = "";

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (Govuk.ErrorFor(ViewContext.ModelState, For) is not { } error)
        {
            output.SuppressOutput();
            return Task.CompletedTask;
        }

        return RenderAsync(output, "_ErrorMessage", new GovukErrorItem(Govuk.Id(For), error));
    }
}
