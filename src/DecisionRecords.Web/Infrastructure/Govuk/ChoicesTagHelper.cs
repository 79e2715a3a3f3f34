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

    /// <summary>The legend is the page's heading: it holds the page's one h1.</summary>
    public bool IsPageHeading { get; set; }

    public bool Small { get; set; }

    public string? UncheckedValue { get; set; }

    /// <summary>
    /// For a later group of one field's choices, such as the sections of another Act: the group's own id. The first
    /// group, without one, carries the field's id and its error, as the error summary links there.
    /// </summary>
    public string? GroupId { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var choices = new GovukChoicesContext();
        context.Items[typeof(GovukChoicesContext)] = choices;
        await output.GetChildContentAsync();

        var name = Name ?? Govuk.NameOf(ViewContext, For!);
        var id = GroupId is null ? Govuk.Id(name) : Govuk.Id($"{name}-{GroupId}");
        var chosen = Chosen(name);
        var items = choices.Items.Select((item, i) => new GovukChoiceItem(
            i == 0 && GroupId is null ? id : Govuk.Id($"{name}-{item.Value}"), item.Value, item.Label, item.Hint, item.Checked ?? chosen.Contains(item.Value), item.Conditional)).ToList();
        var type = context.TagName == "govuk-radios" ? "radio" : "checkbox";
        var error = GroupId is null ? Govuk.ErrorFor(ViewContext.ModelState, name) : null;
        await RenderAsync(output, "_Choices", new GovukChoicesModel(type, id, name, Legend, Hint, error, items)
        {
            LegendClass = LegendClass,
            Inline = Inline,
            IsPageHeading = IsPageHeading,
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
