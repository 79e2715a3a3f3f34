using System.Globalization;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Funding;

/// <summary>
/// Adds or edits a funding table. Layout buttons (add a line, move, remove, paste) change the form and show it again
/// without saving; only "Save table" validates and writes, so the page works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.Draft)]
public class EditModel(DecisionRecordsDbContext db, DraftingService drafting, Links links, TimeProvider time) : PageModel
{
    [BindProperty]
    public FundingTableForm Input { get; set; } = new();

    [BindProperty]
    public string? Action { get; set; }

    public DecisionRecord Record { get; private set; } = null!;

    public FundingTable? Saved { get; private set; }

    public ConflictView? Conflict { get; private set; }

    public string? Notice { get; private set; }

    public bool IsNew => Saved is null;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? tableId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tableId, cancellationToken))
        {
            return NotFound();
        }

        Record.EnsureEditable();
        Input = Saved is null
            ? FundingTableForm.New(Record.Version, FinancialYear.Containing(Record.RecordDate ?? UkTime.Today(time)))
            : FundingTableForm.From(Saved, Record.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? tableId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tableId, cancellationToken))
        {
            return NotFound();
        }

        // Every form of the editor, a layout change in the background included, answers a record past its draft with the refusal.
        Record.EnsureEditable();
        Input.Normalise();
        if (Action != "save")
        {
            ModelState.Clear();
            ApplyLayoutAction(Action ?? "");
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var edit = Input.ToEdit();
        var actor = HttpContext.GetActingContext();
        var savedId = tableId ?? Guid.NewGuid();
        var result = tableId is null
            ? await drafting.AddFundingTableAsync(actor, id, Input.Version, savedId, edit, cancellationToken)
            : await drafting.SaveFundingTableAsync(actor, id, Input.Version, savedId, edit, cancellationToken);
        switch (result.Outcome)
        {
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            case ChangeOutcome.Conflict:
                Record = result.Current!;
                Saved = tableId is null ? null : Record.FundingTables.SingleOrDefault(t => t.Id == tableId);
                Conflict = new ConflictView(await db.DisplayNameOfAsync(Record.UpdatedByUserId, cancellationToken), Record.UpdatedAt, []);
                Input.Version = Record.Version;
                ModelState.Clear();
                return Conflict.Page(this);
            default:
                var saved = result.Current!.FundingTables.Single(t => t.Id == savedId);
                TempData.SetFlash($"{saved.Caption} saved: total {Money.Format(PublishedTable.From(saved, applyExemptions: false).GrandTotalPence)}");
                return Redirect(links.Record(id, "funding"));
        }
    }

    private void ApplyLayoutAction(string action)
    {
        var (verb, index) = action.LastIndexOf('-') is var dash and > 0 && int.TryParse(action[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? (action[..dash], i)
            : (action, -1);
        switch (verb)
        {
            case "add-line":
                Input.Lines.Add(new FundingTableForm.LineForm { Group = Input.Lines.LastOrDefault()?.Group });
                break;
            case "add-year" when Input.Years.Count < FundingTable.MaxYears:
                Input.Years.Add(NextYear());
                Input.YearCounts.Add(true);
                break;
            case "add-column" when Input.Columns.Count < FundingTable.MaxTextColumns:
                Input.Columns.Add("");
                break;
            case "remove-line" when index < Input.Lines.Count:
                Input.Lines.RemoveAt(index);
                break;
            case "remove-year" when index < Input.Years.Count && Input.Years.Count > 1:
                Input.Years.RemoveAt(index);
                Input.AmountHeadings.RemoveAt(index);
                Input.YearCounts.RemoveAt(index);
                Input.Lines.ForEach(l => l.Amounts.RemoveAt(index));
                break;
            case "remove-column" when index < Input.Columns.Count:
                Input.Columns.RemoveAt(index);
                Input.Lines.ForEach(l => l.Texts.RemoveAt(index));
                break;
            case "up" when index > 0 && index < Input.Lines.Count:
                (Input.Lines[index - 1], Input.Lines[index]) = (Input.Lines[index], Input.Lines[index - 1]);
                break;
            case "down" when index >= 0 && index < Input.Lines.Count - 1:
                (Input.Lines[index + 1], Input.Lines[index]) = (Input.Lines[index], Input.Lines[index + 1]);
                break;
            case "paste" when !string.IsNullOrWhiteSpace(Input.Paste):
                var pasted = PastedLines.Parse(Input.Paste, Input);
                if (pasted.Unmapped is { } unmapped)
                {
                    // Nothing is added and the pasted rows stay in the box: said once, not once a cell.
                    ModelState.AddModelError("Input.Paste", unmapped);
                    Notice = "The pasted rows were not added.";
                    break;
                }

                Input.Lines.RemoveAll(l => l.IsBlank);
                var first = Input.Lines.Count;
                Input.Lines.AddRange(pasted.Lines);
                Input.Paste = null;
                Notice = $"Added {pasted.Lines.Count} lines from the pasted rows" +
                    (pasted.Totals.Count > 0 ? $"; left out {Named(pasted.Totals)}, as totals are worked out for you" : "") +
                    (pasted.SkippedHeaders > 0 ? $"; left out {pasted.SkippedHeaders} heading rows" : "") +
                    (pasted.KeptTotals.Count > 0 ? $". Kept {Named(pasted.KeptTotals)} as lines: their figures are not what the lines above add to, so check them" : "") +
                    ". Check the lines, then save the table.";
                ShowBadAmounts(first);
                break;
        }

        Input.Normalise();
        Notice ??= "Your change is shown below. It is not saved until you select Save table.";
    }

    private static string Named(List<string> labels) => string.Join(", ", labels.Select(l => $"“{l}”"));

    /// <summary>A pasted amount that is not money is an error on its cell at once, not a surprise at saving.</summary>
    private void ShowBadAmounts(int from)
    {
        for (var l = from; l < Input.Lines.Count; l++)
        {
            for (var a = 0; a < Input.Lines[l].Amounts.Count && a < Input.Years.Count; a++)
            {
                var text = Input.Lines[l].Amounts[a];
                if (!string.IsNullOrWhiteSpace(text) && !Money.TryParseSignedPence(text, out _))
                {
                    var year = FinancialYear.TryNormalise(Input.Years[a], out var y) ? y : $"column {a + 1}";
                    ModelState.AddModelError($"Input.Lines[{l}].Amounts[{a}]", $"Enter the {year} amount on line {l + 1} in pounds, like £1,234.50, 1234.5 or 1,234, or (500) for a credit");
                }
            }
        }
    }

    private string NextYear() =>
        Input.Years.LastOrDefault(y => FinancialYear.TryNormalise(y, out _)) is { } last && FinancialYear.TryNormalise(last, out var n)
            ? string.Create(CultureInfo.InvariantCulture, $"{FinancialYear.StartYear(n) + 1}/{(FinancialYear.StartYear(n) + 2) % 100:00}")
            : "";

    private async Task<bool> LoadAsync(Guid id, Guid? tableId, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return false;
        }

        Record = record;
        Saved = tableId is null ? null : record.FundingTables.SingleOrDefault(t => t.Id == tableId);
        return tableId is null || Saved is not null;
    }
}
