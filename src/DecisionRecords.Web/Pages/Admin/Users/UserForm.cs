using DecisionRecords.Web.Data;
using FluentValidation;

namespace DecisionRecords.Web.Pages.Admin.Users;

public class UserForm
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? JobTitle { get; set; }

    public List<string> Roles { get; set; } = [];

    public class Validator : AbstractValidator<UserForm>
    {
        public Validator()
        {
            RuleFor(x => x.DisplayName).NotEmpty().WithMessage("Enter the user's full name")
                .MaximumLength(ApplicationUser.DisplayNameMaxLength).WithMessage($"Name must be {ApplicationUser.DisplayNameMaxLength} characters or fewer");
            RuleFor(x => x.JobTitle).NotEmpty().WithMessage("Enter the user's job title, as it should appear on signatures")
                .MaximumLength(ApplicationUser.JobTitleMaxLength).WithMessage($"Job title must be {ApplicationUser.JobTitleMaxLength} characters or fewer");
            RuleFor(x => x.Roles).NotEmpty().WithMessage("Select at least one role");
            RuleForEach(x => x.Roles).Must(r => Data.Roles.All.Contains(r)).WithMessage("Select a role from the list");
        }
    }
}
