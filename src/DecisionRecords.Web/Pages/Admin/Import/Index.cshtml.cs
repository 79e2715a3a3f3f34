using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Import;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Admin.Import;

/// <summary>Upload the office's archive: any number of documents, checked in the background before anything is saved.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes, ValueCountLimit = ImportBatch.MaxItems + 20)]
[RequestSizeLimit(MaxUploadBytes)]
public class IndexModel(DecisionRecordsDbContext db, ImportBatches batches, Links links) : PageModel
{
    public const long MaxUploadBytes = 500L * 1024 * 1024;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<BatchRow> Recent { get; private set; } = [];

    public sealed record BatchRow(Guid Id, DateTimeOffset CreatedAt, string CreatedByName, ImportBatchPhase Phase, int Documents, int Imported, int Refused);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadRecentAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            await LoadRecentAsync(cancellationToken);
            return Page();
        }

        var files = new List<(string Name, byte[] Content)>();
        foreach (var file in Input.Files)
        {
            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            files.Add((Path.GetFileName(file.FileName), stream.ToArray()));
        }

        var actor = HttpContext.GetActingContext();
        var batch = await batches.CreateAsync(actor, await db.DisplayNameOfAsync(actor.UserId!, cancellationToken), files, Input.Replace, Input.Publish != "now", cancellationToken);
        TempData.SetFlash($"{files.Count} documents uploaded: they are being checked");
        return Redirect(links.ImportBatch(batch.Id));
    }

    private async Task LoadRecentAsync(CancellationToken cancellationToken) =>
        Recent = await db.ImportBatches.AsNoTracking().OrderByDescending(b => b.CreatedAt).Take(20)
            .Select(b => new BatchRow(b.Id, b.CreatedAt, b.CreatedByName, b.Phase, b.Items.Count,
                b.Items.Count(i => i.State == ImportItemState.Imported), b.Items.Count(i => i.State == ImportItemState.Refused)))
            .ToListAsync(cancellationToken);

    public class InputModel
    {
        public List<IFormFile> Files { get; set; } = [];

        public bool Replace { get; set; }

        /// <summary>"review" to hold the records for an officer to check, "now" to publish them as the office had them.</summary>
        public string? Publish { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.Files).NotEmpty().WithMessage("Select at least one document");
            RuleFor(x => x.Files).Must(f => f.Count <= ImportBatch.MaxItems).WithMessage($"Select at most {ImportBatch.MaxItems:N0} documents at once");
            RuleForEach(x => x.Files).Must(f => f.Length <= LegacyImporter.MaxBytes)
                .WithMessage((_, f) => $"{Path.GetFileName(f.FileName)} is larger than {LegacyImporter.MaxBytes / (1024 * 1024)} MB");
            RuleFor(x => x.Publish).Must(p => p is "review" or "now").WithMessage("Select whether to hold the records for review or publish them at once");
        }
    }
}
