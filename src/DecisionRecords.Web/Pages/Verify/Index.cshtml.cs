using System.Text.RegularExpressions;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Sealing;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DecisionRecords.Web.Pages.Verify;

/// <summary>
/// Anyone may check a copy of a decision record's PDF: upload it, or paste its SHA-256, and learn whether it is a
/// published version, what has become of that version since, and whether its seal is intact.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Verify)]
[RequestSizeLimit(MaxUploadBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + (1024 * 1024))]
[BoundedUpload(ChecksKey)]
public partial class IndexModel(CopyVerifier verifier) : PageModel
{
    /// <summary>The bound on uploaded files being checked at once, across all visitors.</summary>
    public const string ChecksKey = "verify-checks";

    public const long MaxUploadBytes = 25 * 1024 * 1024;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public CopyVerification? Result { get; private set; }

    /// <summary>Whether the answer is about an uploaded file (its seal was read) or a SHA-256 alone.</summary>
    public bool CheckedAFile { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? decision, int? version, CancellationToken cancellationToken)
    {
        if (decision is not null && version is not null)
        {
            Result = await verifier.VerifyVersionAsync(decision, version.Value, cancellationToken);
            if (Result is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.File is { Length: > 0 } file)
        {
            await using var stream = new MemoryStream((int)file.Length);
            await file.CopyToAsync(stream, cancellationToken);
            var bytes = stream.ToArray();
            if (!bytes.AsSpan().StartsWith("%PDF-"u8))
            {
                ModelState.AddModelError("Input.File", "The selected file must be a PDF");
                return Page();
            }

            CheckedAFile = true;
            try
            {
                Result = await verifier.VerifyFileAsync(bytes, cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                ModelState.AddModelError("Input.File", "The file took too long to check. Check it by its SHA-256 instead");
                CheckedAFile = false;
                return Page();
            }
        }
        else
        {
            Result = await verifier.VerifyHashAsync(Normalise(Input.Sha256)!, cancellationToken);
        }

        return Page();
    }

    public static string? Normalise(string? sha256) => sha256 is null ? null : Separators().Replace(sha256, "").ToLowerInvariant();

    [GeneratedRegex(@"[\s:\-]")]
    private static partial Regex Separators();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Pattern();

    public class InputModel
    {
        public IFormFile? File { get; set; }

        public string? Sha256 { get; set; }
    }

    public class Validator : AbstractValidator<InputModel>
    {
        public Validator()
        {
            RuleFor(x => x.File).Must(f => f is not null).WithMessage("Select a PDF file, or enter its SHA-256")
                .When(x => string.IsNullOrWhiteSpace(x.Sha256));
            RuleFor(x => x.File!.Length).GreaterThan(0).WithMessage("The selected file is empty").OverridePropertyName(nameof(InputModel.File))
                .When(x => x.File is not null);
            RuleFor(x => x.File!.Length).LessThanOrEqualTo(MaxUploadBytes).WithMessage($"The selected file must be smaller than {MaxUploadBytes / (1024 * 1024)} MB")
                .OverridePropertyName(nameof(InputModel.File)).When(x => x.File is not null);
            RuleFor(x => x.Sha256).Must(s => Sha256Pattern().IsMatch(Normalise(s)!))
                .WithMessage("Enter the SHA-256 as 64 characters, 0 to 9 and a to f")
                .When(x => x.File is null && !string.IsNullOrWhiteSpace(x.Sha256));
        }
    }
}
