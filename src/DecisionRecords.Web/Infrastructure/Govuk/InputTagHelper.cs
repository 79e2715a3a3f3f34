using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>A GOV.UK text input or textarea with its label, hint and inline error; bound with asp-for, or by name and value.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper(IHtmlHelper html) : GovukTemplateTagHelper(html)
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    /// <summary>For a field not bound to the page's model: the name it posts.</summary>
    public string? Name { get; set; }

    /// <summary>For a field not bound to the page's model: its value.</summary>
    public string? Value { get; set; }

    /// <summary>The model-state key of the field's error, where it differs from its name.</summary>
    public string? ErrorKey { get; set; }

    /// <summary>The element's id, where it differs from the one made from its name.</summary>
    public string? Id { get; set; }

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string? LabelClass { get; set; }

    public string? InputClass { get; set; }

    public bool Multiline { get; set; }

    public int Rows { get; set; } = 5;

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    public bool Spellcheck { get; set; } = true;

    public bool IsPageHeading { get; set; }

    /// <summary>A limit shown as the user types (GOV.UK character count); without JavaScript the hint states it.</summary>
    public int? MaxLength { get; set; }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var name = Name ?? Govuk.NameOf(ViewContext, For!);
        // A password is never written back into a page, whatever was typed or bound.
        var isPassword = string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase);
        var value = isPassword ? null : For is null ? Value : Govuk.ValueOf(ViewContext, For, name);
        return RenderAsync(output, "_Input", new GovukInputModel(Id ?? Govuk.Id(name), name, value, Label, Hint, Govuk.ErrorFor(ViewContext.ModelState, ErrorKey ?? name))
        {
            LabelClass = LabelClass,
            IsPageHeading = IsPageHeading,
            Type = Type,
            InputClass = InputClass,
            Multiline = Multiline,
            Rows = Rows,
            Autocomplete = Autocomplete,
            InputMode = Inputmode,
            Spellcheck = Spellcheck,
            MaxLength = MaxLength,
        });
    }
}
