using Microsoft.AspNetCore.Html;

namespace DecisionRecords.Web.Infrastructure;

/// <param name="LabelledBy">The id of the element that names the region (the table's caption), where there is one.</param>
public sealed record GovukTableRegionModel(string? Label, string? LabelledBy, IHtmlContent Table);
