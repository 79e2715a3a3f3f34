using Microsoft.Extensions.Options;
using MimeKit;

namespace DecisionRecords.Web.Services;

/// <summary>Development: each message becomes an .eml file that any mail program opens.</summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, IHostEnvironment environment, TimeProvider time) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));
        Directory.CreateDirectory(folder);
        await message.WriteToAsync(Path.Combine(folder, $"{time.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"), cancellationToken);
    }
}
