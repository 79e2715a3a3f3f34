using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// The register as open data: decisions.csv, funding-lines.csv and decisions.json. Read only from published versions,
/// plain RFC 4180 CSV that any reader opens (the licence is in the Link header and the JSON, never a comment line),
/// each figure with what it is: the value as stated or worked out, each table's role and whether each amount counts.
/// </summary>
public static class OpenData
{
    public const string Licence = "Open Government Licence v3.0";

    public const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    /// <summary>One guard for every CSV the service writes: a cell starting =, +, - or @ cannot run as a spreadsheet formula.</summary>
    public static CsvWriter Csv(TextWriter writer) =>
        CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape, NewLine = "\r\n" }, leaveOpen: true);

    public static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>When this register first published the record; for an imported record, when the office did, where known.</summary>
    private static string FirstPublished(PublishedVersion v) => v.IsImported ? Date(v.OriginalPublishedOn) : Time(v.FirstPublishedAt);

    public static async Task DecisionsCsv(HttpContext context, PublicRegister register, PublicUrls urls, Links links, CancellationToken cancellationToken)
    {
        Start(context, "text/csv; charset=utf-8", "decisions.csv");
        await using var text = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await using (var csv = Csv(text))
        {
            await csv.WriteRecordAsync(
            [
                "reference", "title", "decision_date", "decision", "category", "value_gbp", "value_as_stated", "itemised_gbp", "stated_total_as_written",
                "origin", "first_published", "added_to_register", "last_updated", "notes", "url", "value_status",
                "reference_marker", "relations", "key_decision", "clear_days_notice", "notice_exception", "notice_exception_reason",
            ], cancellationToken);
            var relatedBy = await RelatedByAsync(register, cancellationToken);
            await foreach (var v in register.Latest().OrderByDescending(v => v.DecisionDate).ThenBy(v => v.Reference).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var content = PublishedDecision.FromJson(v.ContentJson);
                var value = content.Value;
                await csv.WriteRecordAsync(
                [
                    v.Reference, v.Title ?? "", Date(v.DecisionDate), RecordWording.Outcome(v), v.Category ?? "",
                    v.ValuePence is { } pence ? Pounds(pence) : "", value is null ? "" : value.IsStated ? "yes" : "no",
                    value?.ItemisedPence is { } itemised ? Pounds(itemised) : "", value?.StatedTotal?.Written ?? "",
                    v.IsImported ? "imported" : "drafted", FirstPublished(v), Time(v.FirstPublishedAt), Time(v.PublishedAt),
                    content.Notes.Count.ToString(CultureInfo.InvariantCulture), urls.Absolute(links.Decision(v.Slug)),
                    v.ValuePence is null ? "" : RecordWording.ValueStatus(v.Outcome),
                    content.ReferenceMarker ?? "", Relations(v, content, relatedBy),
                    content.Notice is null ? "" : content.Notice.IsKey ? "yes" : "no", content.Notice?.ClearDays?.ToString(CultureInfo.InvariantCulture) ?? "",
                    content.Notice?.Exception?.DisplayName() ?? "", content.Notice?.Reason ?? "",
                ], cancellationToken);
            }
        }
    }

    /// <summary>Each record's later records that replace or vary it, by the earlier record's slug, as its page lists them.</summary>
    private static async Task<Dictionary<string, List<(string Reference, RelationKind Kind)>>> RelatedByAsync(PublicRegister register, CancellationToken cancellationToken)
    {
        var relatedBy = new Dictionary<string, List<(string Reference, RelationKind Kind)>>();
        foreach (var later in await register.Latest().Where(v => !v.IsStub && v.RelatedSlugs != "").Select(v => new { v.Reference, v.ContentJson }).ToListAsync(cancellationToken))
        {
            foreach (var relation in PublishedDecision.FromJson(later.ContentJson).RelatesTo)
            {
                var slug = DecisionReference.ToSlug(relation.Reference);
                relatedBy[slug] = [.. relatedBy.GetValueOrDefault(slug) ?? [], (later.Reference, relation.Kind)];
            }
        }

        return relatedBy;
    }

    /// <summary>"replaces EXE0019-23; varied by EXE0031-24": both ways, as the page and the JSON give them.</summary>
    private static string Relations(PublishedVersion v, PublishedDecision content, Dictionary<string, List<(string Reference, RelationKind Kind)>> relatedBy) =>
        string.Join("; ", content.RelatesTo.Select(r => $"{r.Kind.Verb()} {r.Reference}")
            .Concat((v.IsStub ? [] : relatedBy.GetValueOrDefault(v.Slug) ?? []).Select(r => $"{r.Kind.Passive().ToLowerInvariant()} {r.Reference}")));

    /// <summary>One row per funding line per financial year, so that spending can be added up by year, organisation or area.</summary>
    public static async Task FundingLinesCsv(HttpContext context, PublicRegister register, CancellationToken cancellationToken)
    {
        Start(context, "text/csv; charset=utf-8", "funding-lines.csv");
        await using var text = new StreamWriter(context.Response.Body, new UTF8Encoding(false));
        await using (var csv = Csv(text))
        {
            await csv.WriteRecordAsync(
            [
                "reference", "decision_date", "table", "table_role", "line", "group", "description", "organisation", "other_columns",
                "financial_year", "amount_gbp", "amount_as_written", "counts_towards_value", "redacted_reason", "measure", "unit_as_written",
            ], cancellationToken);
            await foreach (var v in register.Latest().Where(v => !v.IsStub).OrderByDescending(v => v.DecisionDate).ThenBy(v => v.Reference).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var content = PublishedDecision.FromJson(v.ContentJson);
                foreach (var table in content.Tables)
                {
                    var role = Role(table.Role);
                    if (table.RedactedReason is not null)
                    {
                        await csv.WriteRecordAsync([v.Reference, Date(v.DecisionDate), table.Caption, role, "", "", "", "", "", "", "", "", "", table.RedactedReason, "", ""], cancellationToken);
                        continue;
                    }

                    var texts = table.Columns.Where(c => !c.IsAmount).Select(c => c.Heading).ToList();
                    var organisation = texts.FindIndex(h => h.Contains("organisation", StringComparison.OrdinalIgnoreCase));
                    for (var i = 0; i < table.Lines.Count; i++)
                    {
                        var line = table.Lines[i];
                        var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                        if (line.RedactedReason is not null)
                        {
                            await csv.WriteRecordAsync([v.Reference, Date(v.DecisionDate), table.Caption, role, number, "", "", "", "", "", "", "", "", line.RedactedReason, "", ""], cancellationToken);
                            continue;
                        }

                        string Cell(int index) => index >= 0 && index < line.Texts.Count ? RichText.ToPlainText(line.Texts[index]) : "";
                        var description = organisation == 0 ? "" : Cell(0);
                        var others = string.Join("; ", texts.Select((h, t) => (h, t)).Where(x => x.t != 0 && x.t != organisation && Cell(x.t).Length > 0).Select(x => $"{x.h}: {Cell(x.t)}"));
                        foreach (var column in table.Columns.Where(c => c.IsAmount && line.AmountsPence.ContainsKey(c.Key!)))
                        {
                            var key = column.Key!;
                            await csv.WriteRecordAsync(
                            [
                                v.Reference, Date(v.DecisionDate), table.Caption, role, number, line.Group ?? "", description, Cell(organisation), others,
                                column.FinancialYear!, Pounds(line.AmountsPence[key]), line.AmountsWritten?.GetValueOrDefault(key) ?? "", table.Counts(key) ? "yes" : "no", "",
                                column.Measure ?? "", column.Unit ?? "",
                            ], cancellationToken);
                        }
                    }
                }
            }
        }
    }

    public static async Task DecisionsJson(HttpContext context, PublicRegister register, PublicUrls urls, Links links, CancellationToken cancellationToken)
    {
        Start(context, "application/json; charset=utf-8", null);
        await using var json = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("licence", Licence);
        json.WriteString("licenceUrl", LicenceUrl);
        json.WriteStartArray("decisions");

        var relatedBy = await RelatedByAsync(register, cancellationToken);

        await foreach (var v in register.Latest().OrderByDescending(v => v.DecisionDate).ThenBy(v => v.Reference).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var content = PublishedDecision.FromJson(v.ContentJson);
            json.WriteStartObject();
            json.WriteString("reference", v.Reference);
            json.WriteString("referenceMarker", content.ReferenceMarker);
            json.WriteString("url", urls.Absolute(links.Decision(v.Slug)));
            json.WriteBoolean("published", !v.IsStub);
            json.WriteStartArray("relations");
            foreach (var relation in content.RelatesTo)
            {
                json.WriteStartObject();
                json.WriteString("kind", relation.Kind.Verb());
                json.WriteString("reference", relation.Reference);
                json.WriteString("asWritten", relation.Written);
                json.WriteEndObject();
            }

            foreach (var (reference, kind) in v.IsStub ? [] : relatedBy.GetValueOrDefault(v.Slug) ?? [])
            {
                json.WriteStartObject();
                json.WriteString("kind", kind.Passive().ToLowerInvariant());
                json.WriteString("reference", reference);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("origin", v.IsImported ? "imported" : "drafted");
            json.WriteString("title", v.Title);
            json.WriteString("decisionDate", v.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("firstPublished", FirstPublished(v) is { Length: > 0 } first ? first : null);
            json.WriteString("addedToRegister", Time(v.FirstPublishedAt));
            json.WriteString("lastUpdated", Time(v.PublishedAt));
            json.WriteString("decision", RecordWording.Outcome(v));
            json.WriteString("decisionComments", content.DecisionComments);
            json.WriteString("category", v.Category);
            WriteValue(json, content.Value, content.Outcome);
            json.WriteString("nonPublicationReasons", content.NonPublicationReasons);
            json.WriteString("onForwardPlanFrom", content.OnForwardPlanFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (content.Notice is { } notice)
            {
                json.WriteStartObject("keyDecision");
                json.WriteBoolean("isKey", notice.IsKey);
                json.WriteString("because", notice.KeyBecause);
                json.WriteString("onForwardPlanFrom", notice.OnPlanFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (notice.ClearDays is { } days)
                {
                    json.WriteNumber("clearDaysNotice", days);
                }
                else
                {
                    json.WriteNull("clearDaysNotice");
                }

                json.WriteString("exception", notice.Exception?.DisplayName());
                json.WriteString("exceptionReason", notice.Reason);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("keyDecision");
            }
            json.WriteStartArray("notes");
            foreach (var note in content.Notes)
            {
                json.WriteStartObject();
                json.WriteString("kind", note.Kind.ToString());
                json.WriteString("text", note.Text);
                json.WriteString("explanation", note.Explanation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("fundingTables");
            foreach (var table in content.Tables)
            {
                WriteTable(json, table);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, PublishedValue? value, DecisionOutcome? outcome)
    {
        if (value is null)
        {
            json.WriteNull("value");
            return;
        }

        json.WriteStartObject("value");
        if (value.ValuePence is { } pence)
        {
            json.WriteNumber("amount", pence / 100m);
        }
        else
        {
            json.WriteNull("amount");
        }

        json.WriteBoolean("asStated", value.IsStated);
        json.WriteString("status", RecordWording.ValueStatus(outcome));
        if (value.ItemisedPence is { } itemised)
        {
            json.WriteNumber("itemised", itemised / 100m);
        }
        else
        {
            json.WriteNull("itemised");
        }

        json.WriteString("statedAsWritten", value.Stated?.Written);
        json.WriteString("statedTotalAsWritten", value.StatedTotal?.Written);
        json.WriteString("basis", value.Basis);
        json.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter json, PublishedTable table)
    {
        json.WriteStartObject();
        json.WriteString("caption", table.Caption);
        json.WriteString("role", Role(table.Role));
        json.WriteStartArray("countedYears");
        table.CountedYears.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteString("breakdownOf", table.BreakdownOf);
        json.WriteString("roleInferred", table.RoleRule);
        json.WriteStartArray("amountColumns");
        foreach (var column in table.Columns.Where(c => c.IsAmount))
        {
            json.WriteStartObject();
            json.WriteString("key", column.Key);
            json.WriteString("heading", column.Heading);
            json.WriteString("financialYear", column.FinancialYear);
            json.WriteString("measure", column.Measure);
            json.WriteString("unitAsWritten", column.Unit);
            json.WriteBoolean("countsTowardsValue", table.Counts(column.Key!));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("valueMeasure", table.ValueMeasure);
        json.WriteString("redacted", table.RedactedReason);
        json.WriteStartArray("statedTotals");
        foreach (var stated in table.StatedTotals)
        {
            json.WriteStartObject();
            json.WriteString("label", stated.Label);
            json.WriteString("group", stated.Group);
            json.WriteString("financialYear", stated.FinancialYear);
            json.WriteString("measure", stated.Measure);
            json.WriteString("asWritten", stated.Written);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("lines");
        foreach (var line in table.Lines)
        {
            json.WriteStartObject();
            json.WriteString("group", line.Group);
            if (line.RedactedReason is not null)
            {
                json.WriteString("redacted", $"Redacted - {line.RedactedReason}");
            }
            else
            {
                json.WriteStartArray("texts");
                line.Texts.Select(RichText.ToPlainText).ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteStartObject("amounts");
                foreach (var (year, pence) in line.AmountsPence.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    json.WriteNumber(year, pence / 100m);
                }

                json.WriteEndObject();
                if (line.AmountsWritten is { Count: > 0 } written)
                {
                    json.WriteStartObject("amountsAsWritten");
                    foreach (var (year, text) in written.OrderBy(a => a.Key, StringComparer.Ordinal))
                    {
                        json.WriteString(year, text);
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Role(TableRole? role) => role switch
    {
        TableRole.Commitment => "commitment",
        TableRole.Breakdown => "breakdown",
        TableRole.Context => "context",
        TableRole.Income => "income",
        _ => "unknown",
    };

    private static void Start(HttpContext context, string contentType, string? fileName)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.Link = $"<{LicenceUrl}>; rel=\"license\"";
        if (fileName is not null)
        {
            context.Response.Headers.ContentDisposition = $"attachment; filename={fileName}";
        }
    }
}
