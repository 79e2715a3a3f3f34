using System.Collections;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// GOV.UK radios (<c>govuk-radios</c>) or checkboxes (<c>govuk-checkboxes</c>) in a fieldset with legend, hint and
/// error. Items are <c>govuk-item</c> children; an item's own content is revealed when it is chosen.
/// </summary>
[HtmlTargetElement("govuk-radios")]
[HtmlTargetElement("govuk-checkboxes")]
public sealed class ChoicesTagHelper(IHtmlHelper html) : GovukTemplateTagHelper(html)
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>For a field not bound to the page's model: the name it posts.</summary>
    public string? Name { get; set; }

    /// <summary>For a field not bound to the page's model: the chosen values.</summary>
    public IEnumerable<string>? Values { get; set; }

    public string Legend { get; set; } = "";

    public string? LegendClass { get; set; } = "govuk-fieldset__legend--s";

    public string? Hint { get; set; }

    public bool Inline { get; set; }

    public bool Small { get; set; }

    public string? UncheckedValue { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var choices = new GovukChoicesContext();
        context.Items[typeof(GovukChoicesContext)] = choices;
        await output.GetChildContentAsync();

        var name = Name ?? Govuk.NameOf(ViewContext, For!);
        var id = Govuk.Id(name);
        var chosen = Chosen(name);
        var items = choices.Items.Select((item, i) => new GovukChoiceItem(
            i == 0 ? id : Govuk.Id($"{name}-{item.Value}"), item.Value, item.Label, item.Hint, item.Checked ?? chosen.Contains(item.Value), item.Conditional)).ToList();
        var type = context.TagName == "govuk-radios" ? "radio" : "checkbox";
        await RenderAsync(output, "_Choices", new GovukChoicesModel(type, id, name, Legend, Hint, Govuk.ErrorFor(ViewContext.ModelState, name), items)
        {
            LegendClass = LegendClass,
            Inline = Inline,
            Small = Small,
            UncheckedValue = UncheckedValue,
        });
    }

    private HashSet<string> Chosen(string name)
    {
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue is string one ? [one] : [.. ((IEnumerable)entry.RawValue).Cast<object?>().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")];
        }

        var model = For?.Model ?? Values;
        return model switch
        {
            null => [],
            string one => [one],
            IEnumerable many => [.. many.Cast<object?>().Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "")],
            var one => [Convert.ToString(one, System.Globalization.CultureInfo.InvariantCulture) ?? ""],
        };
    }
}
