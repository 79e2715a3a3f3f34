using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Import;

/// <summary>Upload, see the dry run, confirm. The checked files travel in the confirming form, so nothing is stored until then.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 60 * 1024 * 1024, ValueLengthLimit = 30 * 1024 * 1024)]
[RequestSizeLimit(60 * 1024 * 1024)]
public class IndexModel(LegacyImporter importer) : PageModel
{
    public sealed class PendingFile
    {
        public string Name { get; set; } = "";

        public string Content { get; set; } = "";
    }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public bool Replace { get; set; }

    [BindProperty]
    public List<PendingFile> Pending { get; set; } = [];

    public List<ImportOutcome> Outcomes { get; } = [];

    public bool Confirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (Files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), "Select at least one document");
            return Page();
        }

        Pending = [];
        foreach (var file in Files.Take(50))
        {
            if (file.Length > LegacyImporter.MaxBytes)
            {
                Outcomes.Add(new ImportOutcome(file.FileName, false, null, "the file is larger than 10 MB", []));
                continue;
            }

            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, cancellationToken);
            var name = Path.GetFileName(file.FileName);
            Outcomes.Add(await importer.ImportAsync(HttpContext.GetActingContext(), name, stream.ToArray(), dryRun: true, Replace, cancellationToken));
            Pending.Add(new PendingFile { Name = name, Content = Convert.ToBase64String(stream.ToArray()) });
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        foreach (var file in Pending)
        {
            byte[] content;
            try
            {
                content = Convert.FromBase64String(file.Content);
            }
            catch (FormatException)
            {
                return BadRequest();
            }

            Outcomes.Add(await importer.ImportAsync(HttpContext.GetActingContext(), Path.GetFileName(file.Name), content, dryRun: false, Replace, cancellationToken));
        }

        Confirmed = true;
        TempData.SetFlash($"Imported {Outcomes.Count(o => o.Imported)} of {Outcomes.Count} documents");
        return Page();
    }
}
