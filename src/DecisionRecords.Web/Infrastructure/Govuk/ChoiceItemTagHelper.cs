using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>One radio or checkbox of its parent <see cref="ChoicesTagHelper"/>; its content is what choosing it reveals.</summary>
[HtmlTargetElement("govuk-item", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-item", ParentTag = "govuk-checkboxes")]
public sealed class ChoiceItemTagHelper : TagHelper
{
    public string Value { get; set; } = "";

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>Whether the item is chosen, where the parent's model does not say.</summary>
    public bool? Checked { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var conditional = await output.GetChildContentAsync();
        ((GovukChoicesContext)context.Items[typeof(GovukChoicesContext)]).Items.Add(
            (Value, Label, Hint, Checked, conditional.IsEmptyOrWhiteSpace ? null : conditional));
        output.SuppressOutput();
    }
}
