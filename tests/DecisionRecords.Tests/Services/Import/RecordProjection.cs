using System.Text.Json;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>
/// What a record read from the archive says, as one comparable text: every field and figure, but not the forms the
/// original writes them in (amounts and total labels as written, line numbers), which differ between layouts.
/// </summary>
public static class RecordProjection
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Of(ParsedRecord record, bool withHeadings = true) => JsonSerializer.Serialize(new
    {
        record.Reference,
        record.Title,
        record.RecordDate,
        record.ReceivedDate,
        record.OfficersPresent,
        record.SummaryOfIssue,
        record.Recommendations,
        record.KeyDiscussionPoints,
        Tables = record.Tables.Select(t => new
        {
            Caption = withHeadings ? t.Caption : null,
            Role = t.Role?.ToString(),
            t.CountedYears,
            t.BreakdownOf,
            Placement = t.Placement.ToString(),
            t.AfterBlock,
            TextColumns = withHeadings ? t.TextColumns : null,
            t.FinancialYears,
            AmountHeadings = withHeadings ? t.AmountHeadings : null,
            t.AmountColumnsAt,
            Lines = t.Lines.Select(l => new { l.Group, l.Texts, Amounts = l.Amounts.Select(a => $"{a.Year}: {a.Pence}") }),
            StatedTotals = t.StatedTotals.Select(s => $"{s.Group} {s.FinancialYear}: {s.Pence}"),
        }),
        Advice = Signature(record.Advice),
        record.PublishRecord,
        record.PublishReport,
        record.PublishDetails,
        record.Reasons,
        Determination = Signature(record.Determination),
        Outcome = record.Outcome?.ToString(),
        Decision = Signature(record.Decision),
        StatedValue = record.StatedValue?.Pence,
        StatedTotal = record.StatedTotal?.Pence,
        Notes = record.Notes.Select(n => $"{n.Kind} {n.Concerns} {n.Table}"),
    }, Indented);

    private static string? Signature(ParsedSignature? signature) => signature is null ? null : $"{signature.Name} {signature.Date}";
}
