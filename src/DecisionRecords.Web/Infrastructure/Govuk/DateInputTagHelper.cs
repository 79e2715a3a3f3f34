using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>The GOV.UK date input (day, month, year) bound to a <see cref="DateInput"/>.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper(IHtmlHelper html) : GovukTemplateTagHelper(html)
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Legend { get; set; } = "";

    public string? Hint { get; set; }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var name = Govuk.NameOf(ViewContext, For);
        var date = For.Model as DateInput ?? new DateInput();
        return RenderAsync(output, "_DateInput",
            new GovukDateInputModel(Govuk.Id(name), name, Legend, Hint, Govuk.ErrorFor(ViewContext.ModelState, name), date.Day, date.Month, date.Year));
    }
}
