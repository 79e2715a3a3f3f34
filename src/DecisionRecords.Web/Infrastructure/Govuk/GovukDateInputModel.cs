namespace DecisionRecords.Web.Infrastructure;

public sealed record GovukDateInputModel(string Id, string Name, string Legend, string? Hint, string? Error, string? Day, string? Month, string? Year)
{
    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", Error is null ? null : $"{Id}-error" }.Where(x => x is not null)) is { Length: > 0 } ids ? ids : null;
}
