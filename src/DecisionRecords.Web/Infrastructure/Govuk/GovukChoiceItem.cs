using Microsoft.AspNetCore.Html;

namespace DecisionRecords.Web.Infrastructure;

/// <param name="Conditional">What is revealed when the item is chosen, or null.</param>
public sealed record GovukChoiceItem(string Id, string Value, string Label, string? Hint, bool Checked, IHtmlContent? Conditional);
