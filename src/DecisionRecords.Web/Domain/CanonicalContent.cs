using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DecisionRecords.Web.Domain;

/// <summary>
/// The record's content in one fixed form, so that the same content always gives the same SHA-256: what a signature
/// vouches for. Workflow state, timestamps and the Monitoring Officer's exemptions are not content.
/// </summary>
public static class CanonicalContent
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Json(DecisionRecord record) => JsonSerializer.Serialize(new
    {
        record.Reference,
        record.Title,
        RecordDate = record.RecordDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ReceivedDate = record.ReceivedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        record.OfficersPresent,
        record.Category,
        record.SummaryOfIssue,
        record.Recommendations,
        record.KeyDiscussionPoints,
        Tables = record.FundingTables.OrderBy(t => t.Position).Select(t => new
        {
            t.Caption,
            t.IncludeInTotal,
            t.TextColumns,
            t.FinancialYears,
            t.AmountHeadings,
            t.AmountColumnsAt,
            Lines = t.OrderedLines.Select(l => new
            {
                l.Group,
                l.Texts,
                Amounts = l.Amounts.OrderBy(a => a.FinancialYear, StringComparer.Ordinal).Select(a => new { a.FinancialYear, a.AmountPence }),
            }),
        }),
        Attachments = record.Attachments.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.FileName, a.SizeBytes }),
    }, Options);

    public static string Hash(DecisionRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Json(record))));
}
