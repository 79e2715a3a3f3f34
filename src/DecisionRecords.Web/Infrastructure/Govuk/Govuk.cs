using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>Names, ids and errors of form fields, as the GOV.UK templates and hand-laid grids (the funding table editor) need them.</summary>
public static class Govuk
{
    public static string Id(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string? ErrorFor(ModelStateDictionary modelState, string name) =>
        modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The id of the field's error message, for aria-describedby, or null when it has none.</summary>
    public static string? ErrorId(ModelStateDictionary modelState, string name) => ErrorFor(modelState, name) is null ? null : $"{Id(name)}-error";

    /// <summary>The full name of a bound field, as the browser posts it back.</summary>
    public static string NameOf(ViewContext view, ModelExpression field) => view.ViewData.TemplateInfo.GetFullHtmlFieldName(field.Name);

    /// <summary>What the user typed, when the form comes back with errors; otherwise the model's value.</summary>
    public static string? ValueOf(ViewContext view, ModelExpression field, string name) =>
        view.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : Convert.ToString(field.Model, System.Globalization.CultureInfo.InvariantCulture);
}
