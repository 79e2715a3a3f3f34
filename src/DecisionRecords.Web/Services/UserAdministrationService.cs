using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services;

public class UserAdministrationService(UserManager<ApplicationUser> users, DecisionRecordsDbContext db, AuditLog audit, Notifications notifications, PublicUrls urls, Links links)
{
    /// <summary>Creates a user. Without a password the user sets one from an invitation link.</summary>
    public async Task<UserResult> CreateUserAsync(ActingContext actor, string email, string displayName, string jobTitle, IReadOnlyList<string> roles, string? password, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return UserResult.Failed("A user with this email address already exists");
        }

        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName.Trim(), JobTitle = jobTitle.Trim() };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return UserResult.Failed(result.Errors.Select(e => e.Description).ToArray());
        }

        if (roles.Count > 0)
        {
            result = await users.AddToRolesAsync(user, roles);
            if (!result.Succeeded)
            {
                return UserResult.Failed(result.Errors.Select(e => e.Description).ToArray());
            }
        }

        audit.Add(actor, null, new UserCreatedEvent(email, roles));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UserResult(true, [], user);
    }

    /// <summary>
    /// Emails the user a link to set their password, and returns it for the administrator to pass on. A new security
    /// stamp makes every earlier link stop working (and ends the user's sessions); setting the password changes it again.
    /// </summary>
    public async Task<string> InviteAsync(ActingContext actor, ApplicationUser user, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(user);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = urls.Absolute(links.SetPassword(user.Email!, token));
        await notifications.ToUserAsync(user.Id, "Set your password for decision records",
            $"An administrator has given you an account for the decision records service.\n\nSet your password here (the link works once):\n{link}\n", cancellationToken);
        audit.Add(actor, null, new UserInvitedEvent(user.Email!));
        await db.SaveChangesAsync(cancellationToken);
        return link;
    }

    public async Task<UserResult> UpdateUserAsync(ActingContext actor, string userId, string displayName, string jobTitle, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return UserResult.Failed("User not found");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = displayName.Trim();
        user.JobTitle = jobTitle.Trim();
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        var result = await users.UpdateAsync(user);
        if (result.Succeeded && removed.Count > 0)
        {
            result = await users.RemoveFromRolesAsync(user, removed);
        }

        if (result.Succeeded && added.Count > 0)
        {
            result = await users.AddToRolesAsync(user, added);
        }

        if (!result.Succeeded)
        {
            return UserResult.Failed(result.Errors.Select(e => e.Description).ToArray());
        }

        if (removed.Count > 0 || added.Count > 0)
        {
            await users.UpdateSecurityStampAsync(user);
            var own = user.Id == actor.UserId;
            audit.Add(actor, null, own ? new UserOwnRolesChangedEvent(user.Email!, added, removed) : new UserRolesChangedEvent(user.Email!, added, removed));
            if (own)
            {
                // An administrator giving themselves a role is not hidden: every other administrator hears of it.
                await notifications.ToRoleExceptAsync(Roles.Administrator, user.Id, $"{user.DisplayName} changed their own roles",
                    $"{user.DisplayName} ({user.Email}) changed their own roles in the decision records service.\n\nAdded: {(added.Count == 0 ? "none" : string.Join(", ", added.Select(Roles.DisplayName)))}\nRemoved: {(removed.Count == 0 ? "none" : string.Join(", ", removed.Select(Roles.DisplayName)))}\n\n{urls.Absolute(links.User(user.Id))}\n",
                    cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new UserResult(true, [], user);
    }

    public async Task<UserResult> SetDisabledAsync(ActingContext actor, string userId, bool disabled, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return UserResult.Failed("User not found");
        }

        if (disabled && user.Id == actor.UserId)
        {
            return UserResult.Failed("You cannot disable your own account");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsDisabled = disabled;
        await users.UpdateAsync(user);

        // A new security stamp signs the user out everywhere within a minute.
        await users.UpdateSecurityStampAsync(user);
        audit.Add(actor, null, disabled ? new UserDisabledEvent(user.Email!) : new UserEnabledEvent(user.Email!));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new UserResult(true, [], user);
    }

    public Task<List<ApplicationUser>> ListAsync(CancellationToken cancellationToken) =>
        users.Users.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
}
