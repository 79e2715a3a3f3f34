using Microsoft.AspNetCore.Html;

namespace DecisionRecords.Web.Infrastructure;

/// <param name="ActionHref">Where the row's action (usually "Change") goes, or null for no action.</param>
/// <param name="ActionHidden">Words read after the action's text by a screen reader, saying what it changes.</param>
public sealed record GovukSummaryRow(string Key, IHtmlContent Value, string? ActionHref, string ActionText, string? ActionHidden);
