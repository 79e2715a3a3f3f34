using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Changes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Pages.Admin.Decisions.Attachments;

[Authorize(Policy = Policies.Draft)]
public class NewModel(DecisionRecordsDbContext db, DraftingService drafting, Links links, IOptions<AttachmentOptions> options) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public DecisionRecord Record { get; private set; } = null!;

    public long MaxMegabytes => options.Value.MaxBytes / (1024 * 1024);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        record.EnsureEditable();
        Record = record;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.FindRecordAsync(id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        byte[] data = [];
        string? contentType = null;
        if (ModelState.IsValid)
        {
            await using var stream = new MemoryStream();
            await Input.File!.CopyToAsync(stream, cancellationToken);
            data = stream.ToArray();
            contentType = FileTypes.Detect(data);
            if (contentType is null)
            {
                ModelState.AddModelError("Input.File", "The selected file must be a PDF, Word or Excel document");
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var fileName = Path.GetFileNameWithoutExtension(Input.File!.FileName);
        fileName = string.Concat(fileName.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.')).Trim();
        fileName = (fileName.Length == 0 ? "document" : fileName[..Math.Min(fileName.Length, 150)]) + FileTypes.Extension(contentType!);
        // Adding a document overwrites nobody's edit, so it goes onto the record as it is now.
        var result = await drafting.AddAttachmentAsync(HttpContext.GetActingContext(), id, record.Version,
            new NewAttachment(Input.Title!, fileName, contentType!, data, Input.IsPublic == "yes"), cancellationToken);
        if (result.Outcome is ChangeOutcome.NotFound)
        {
            return NotFound();
        }

        if (result.Outcome is ChangeOutcome.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (result.Outcome == ChangeOutcome.Conflict)
        {
            Record = result.Current!;
            ModelState.AddModelError("Input.File", "Someone else saved the record while you were attaching this. Select the file again and attach it");
            return Page();
        }

        TempData.SetFlash($"{Input.Title!.Trim()} attached");
        return Redirect(links.Record(id, "attachments"));
    }

    public class InputModel
    {
        public string? Title { get; set; }

        public IFormFile? File { get; set; }

        public string? IsPublic { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator(IOptions<AttachmentOptions> options)
        {
            RuleFor(x => x.Title).NotEmpty().WithMessage("Enter a title for the document")
                .MaximumLength(Attachment.TitleMaxLength).WithMessage($"Title must be {Attachment.TitleMaxLength} characters or fewer");
            RuleFor(x => x.File).NotNull().WithMessage("Select a file");
            RuleFor(x => x.File!.Length).GreaterThan(0).WithMessage("The selected file is empty").OverridePropertyName(nameof(InputModel.File)).When(x => x.File is not null);
            RuleFor(x => x.File!.Length).LessThanOrEqualTo(options.Value.MaxBytes)
                .WithMessage($"The selected file must be smaller than {options.Value.MaxBytes / (1024 * 1024)} MB")
                .OverridePropertyName(nameof(InputModel.File)).When(x => x.File is not null);
            RuleFor(x => x.IsPublic).Must(v => v is "yes" or "no").WithMessage("Select whether the document can be published");
        }
    }
}
