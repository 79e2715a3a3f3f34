using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// A GOV.UK component whose markup is a Razor template in Pages/Shared/Govuk: the tag helper works out the model,
/// the template writes the HTML, and Razor encodes every value.
/// </summary>
public abstract class GovukTemplateTagHelper(IHtmlHelper html) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected async Task RenderAsync(TagHelperOutput output, string template, object model)
    {
        ((IViewContextAware)html).Contextualize(ViewContext);
        output.TagName = null;
        output.Content.SetHtmlContent(await html.PartialAsync($"/Pages/Shared/Govuk/{template}.cshtml", model));
    }
}
