using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Users;

public class NewModel(UserAdministrationService service, Links links) : PageModel
{
    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await service.CreateUserAsync(HttpContext.GetActingContext(), Input.Email!.Trim(), Input.DisplayName!, Input.JobTitle!, Input.Roles, password: null, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Email", error);
            }

            return Page();
        }

        await service.InviteAsync(HttpContext.GetActingContext(), result.User!, cancellationToken);
        TempData.SetFlash($"{result.User!.DisplayName} added. We have emailed them a link to set their password");
        return Redirect(links.User(result.User.Id));
    }

    public class NewUserForm : UserForm;

    public class Validator : AbstractValidator<NewUserForm>
    {
        public Validator()
        {
            Include(new UserForm.Validator());
            RuleFor(x => x.Email).NotEmpty().WithMessage("Enter an email address")
                .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
                .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        }
    }
}
