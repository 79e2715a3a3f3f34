namespace DecisionRecords.Web.Infrastructure;

public sealed record GovukInputModel(string Id, string Name, string? Value, string Label, string? Hint, string? Error)
{
    public string? LabelClass { get; init; }

    public bool IsPageHeading { get; init; }

    public string Type { get; init; } = "text";

    public string? InputClass { get; init; }

    public bool Multiline { get; init; }

    public int Rows { get; init; } = 5;

    public string? Autocomplete { get; init; }

    public string? InputMode { get; init; }

    public bool Spellcheck { get; init; } = true;

    public int? MaxLength { get; init; }

    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", Error is null ? null : $"{Id}-error", MaxLength is null ? null : $"{Id}-info" }.Where(x => x is not null)) is { Length: > 0 } ids ? ids : null;
}
