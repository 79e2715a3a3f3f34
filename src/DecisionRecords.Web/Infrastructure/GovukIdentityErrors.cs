using Microsoft.AspNetCore.Identity;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>Identity's messages in the words GOV.UK uses for them, as an officer reads them next to the field.</summary>
public sealed class GovukIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Password must be {length} characters or more");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Password must include a capital letter");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Password must include a lower case letter");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Password must include a number");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Password must include a symbol, like ! or #");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Password must use at least {uniqueChars} different characters");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Enter the correct password");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "An account with this email address already exists");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "An account with this email address already exists");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Enter an email address in the correct format, like name@example.org");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "This link has expired or has already been used. Ask an administrator for a new one");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "This account already has a password. Sign in, or ask an administrator to reset it");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Sorry, there is a problem with the service. Try again later");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
