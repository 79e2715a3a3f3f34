using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DecisionRecords.Web.Domain;

/// <summary>
/// The record's content in one fixed form, so that the same content always gives the same SHA-256: what a signature
/// vouches for. Workflow state, timestamps, notes and the Monitoring Officer's exemptions are not content.
/// </summary>
/// <remarks>
/// Fields added since the first signatures were made (table roles beyond "counts or not", placement, stated figures,
/// amounts as written, relations, the key decision and its notice) are written only where they differ from what the first form could say, so a record signed
/// before they existed still matches its signatures.
/// </remarks>
public static class CanonicalContent
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Json(DecisionRecord record)
    {
        var root = JsonSerializer.SerializeToNode(new
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
        }, Options)!.AsObject();

        var tables = new JsonArray();
        foreach (var t in record.FundingTables.OrderBy(t => t.Position))
        {
            var countsWhole = t.Role == TableRole.Commitment && t.CountedYears.Count == t.FinancialYears.Count;
            var table = JsonSerializer.SerializeToNode(new
            {
                t.Caption,
                IncludeInTotal = countsWhole,
                t.TextColumns,
                t.FinancialYears,
                t.AmountHeadings,
                t.AmountColumnsAt,
            }, Options)!.AsObject();
            var lines = new JsonArray();
            foreach (var l in t.OrderedLines)
            {
                var amounts = new JsonArray();
                foreach (var a in l.Amounts.OrderBy(a => a.FinancialYear, StringComparer.Ordinal).ThenBy(a => a.Measure, StringComparer.Ordinal))
                {
                    var amount = new JsonObject { ["FinancialYear"] = a.FinancialYear, ["AmountPence"] = a.AmountPence };
                    if (a.Measure.Length > 0)
                    {
                        amount["Measure"] = a.Measure;
                    }

                    if (a.Written is not null)
                    {
                        amount["Written"] = a.Written;
                    }

                    amounts.Add(amount);
                }

                lines.Add(new JsonObject
                {
                    ["Group"] = l.Group,
                    ["Texts"] = JsonSerializer.SerializeToNode(l.Texts, Options),
                    ["Amounts"] = amounts,
                });
            }

            table["Lines"] = lines;
            if (!countsWhole && t.Role != TableRole.Context)
            {
                table["Role"] = t.Role?.ToString();
                table["CountedYears"] = JsonSerializer.SerializeToNode(t.CountedYears, Options);
                table["BreakdownOf"] = t.BreakdownOf;
            }

            if (t.Placement != TablePlacement.Recommendations || t.AfterBlock is not null)
            {
                table["Placement"] = t.Placement.ToString();
                table["AfterBlock"] = t.AfterBlock;
            }

            if (t.Measures.Count > 0 || t.Units.Count > 0)
            {
                table["Measures"] = JsonSerializer.SerializeToNode(t.Measures, Options);
                table["Units"] = JsonSerializer.SerializeToNode(t.Units, Options);
                table["ValueMeasure"] = t.ValueMeasure;
            }

            if (t.StatedTotals.Count > 0)
            {
                table["StatedTotals"] = JsonSerializer.SerializeToNode(t.StatedTotals, Options);
            }

            tables.Add(table);
        }

        root["Tables"] = tables;
        root["Attachments"] = JsonSerializer.SerializeToNode(record.Attachments.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title, a.FileName, a.SizeBytes }), Options);
        if (record.StatedValue is not null)
        {
            root["StatedValue"] = JsonSerializer.SerializeToNode(record.StatedValue, Options);
        }

        if (record.StatedTotal is not null)
        {
            root["StatedTotal"] = JsonSerializer.SerializeToNode(record.StatedTotal, Options);
        }

        if (record.Relations.Count > 0 || record.ReferenceMarker is not null)
        {
            root["ReferenceMarker"] = record.ReferenceMarker;
            root["Relations"] = JsonSerializer.SerializeToNode(record.Relations.Select(r => new { Kind = r.Kind.ToString(), r.Reference, r.Written }), Options);
        }

        if (record.KeyDecision is not null || record.NoticeException is not null)
        {
            root["KeyDecision"] = record.KeyDecision;
            root["NoticeException"] = record.NoticeException?.ToString();
            root["NoticeReason"] = record.NoticeReason;
        }

        return root.ToJsonString(Options);
    }

    public static string Hash(DecisionRecord record) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Json(record))));
}
