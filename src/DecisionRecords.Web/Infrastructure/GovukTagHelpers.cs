using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DecisionRecords.Web.Infrastructure;

internal static class Govuk
{
    public static string Id(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string? ErrorFor(ModelStateDictionary modelState, string name) =>
        modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");
}

/// <summary>The GOV.UK error summary, listing every model error with a link to its field.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var order = ViewContext.HttpContext.Items[ValidationFilter.ErrorOrderKey] as List<string> ?? [];
        var errors = ViewContext.ModelState
            .Where(e => e.Value?.Errors.Count > 0)
            .Select(e => (Key: e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .OrderBy(e => order.IndexOf(e.Key) is var i and >= 0 ? i : int.MaxValue)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var items = string.Concat(errors.Select(e => e.Key.Length == 0
            ? $"<li>{Govuk.Encode(e.Message)}</li>"
            : $"<li><a href=\"#{Govuk.Id(e.Key)}\">{Govuk.Encode(e.Message)}</a></li>"));
        output.Content.SetHtmlContent(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">" +
            "<h2 class=\"govuk-error-summary__title\">There is a problem</h2>" +
            $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div></div>");
        ViewContext.ViewData["HasErrors"] = true;
    }
}

/// <summary>A GOV.UK text input or textarea with its label, hint and inline error.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string? LabelClass { get; set; }

    public string? InputClass { get; set; }

    public bool Multiline { get; set; }

    public int Rows { get; set; } = 5;

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public bool Spellcheck { get; set; } = true;

    public bool IsPageHeading { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = Govuk.Id(name);
        var error = Govuk.ErrorFor(ViewContext.ModelState, name);
        // A password is never written back into a page, whatever was typed or bound.
        var isPassword = string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase);
        var value = isPassword
            ? null
            : ViewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null
                ? entry.AttemptedValue
                : For.Model?.ToString();
        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        var label = $"<label class=\"govuk-label {LabelClass}\" for=\"{id}\">{Govuk.Encode(Label)}</label>";
        html.Append(IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);
        if (Hint is not null)
        {
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{Govuk.Encode(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Govuk.Encode(error)}</p>");
            describedBy.Add($"{id}-error");
        }

        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        var autocomplete = Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"";
        var spellcheck = Spellcheck ? "" : " spellcheck=\"false\"";
        if (Multiline)
        {
            html.Append($"<textarea class=\"govuk-textarea{(error is null ? "" : " govuk-textarea--error")} {InputClass}\" id=\"{id}\" name=\"{name}\" rows=\"{Rows}\"{aria}{spellcheck}>{Govuk.Encode(value)}</textarea>");
        }
        else
        {
            var valueAttribute = isPassword ? "" : $" value=\"{Govuk.Encode(value)}\"";
            html.Append($"<input class=\"govuk-input{(error is null ? "" : " govuk-input--error")} {InputClass}\" id=\"{id}\" name=\"{name}\" type=\"{Type}\"{valueAttribute}{aria}{autocomplete}{spellcheck}>");
        }

        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>The GOV.UK date input (day, month, year) bound to a <see cref="DateInput"/>.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    public string Legend { get; set; } = "";

    public string? Hint { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = Govuk.Id(name);
        var error = Govuk.ErrorFor(ViewContext.ModelState, name);
        var model = For.Model as DateInput ?? new DateInput();
        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        html.Append($"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">");
        var hint = "";
        if (Hint is not null)
        {
            hint = $"<div id=\"{id}-hint\" class=\"govuk-hint\">{Govuk.Encode(Hint)}</div>";
            describedBy.Add($"{id}-hint");
        }

        var errorHtml = "";
        if (error is not null)
        {
            errorHtml = $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Govuk.Encode(error)}</p>";
            describedBy.Add($"{id}-error");
        }

        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\"{aria}><legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{Govuk.Encode(Legend)}</legend>{hint}{errorHtml}");
        html.Append($"<div class=\"govuk-date-input\" id=\"{id}-group\">");
        Part(html, name, id, "Day", "Day", model.Day, 2, error is not null, first: true);
        Part(html, name, id, "Month", "Month", model.Month, 2, error is not null, first: false);
        Part(html, name, id, "Year", "Year", model.Year, 4, error is not null, first: false);
        html.Append("</div></fieldset></div>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static void Part(System.Text.StringBuilder html, string name, string id, string part, string label, string? value, int width, bool error, bool first)
    {
        // The day box carries the group's id so the error summary link lands on it.
        var partId = first ? id : $"{id}.{part}";
        html.Append($"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"{partId}\">{label}</label>");
        html.Append($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(error ? " govuk-input--error" : "")}\" id=\"{partId}\" name=\"{name}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{Govuk.Encode(value)}\"></div></div>");
    }
}
