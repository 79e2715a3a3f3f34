using Microsoft.AspNetCore.Identity;

namespace DecisionRecords.Web.Data;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int JobTitleMaxLength = 150;

    public string DisplayName { get; set; } = "";

    public string JobTitle { get; set; } = "";

    public bool IsDisabled { get; set; }
}
