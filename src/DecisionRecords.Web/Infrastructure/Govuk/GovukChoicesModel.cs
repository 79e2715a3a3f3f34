namespace DecisionRecords.Web.Infrastructure;

/// <param name="Type">"radio" or "checkbox".</param>
public sealed record GovukChoicesModel(string Type, string Id, string Name, string Legend, string? Hint, string? Error, IReadOnlyList<GovukChoiceItem> Items)
{
    public string? LegendClass { get; init; }

    public bool Inline { get; init; }

    public bool IsPageHeading { get; init; }

    public bool Small { get; init; }

    /// <summary>For a single checkbox that posts "false" when cleared, so the model always hears its answer.</summary>
    public string? UncheckedValue { get; init; }

    public string Module => Type == "radio" ? "govuk-radios" : "govuk-checkboxes";

    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", Error is null ? null : $"{Id}-error" }.Where(x => x is not null)) is { Length: > 0 } ids ? ids : null;
}
