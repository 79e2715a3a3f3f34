using MimeKit;

namespace DecisionRecords.Web.Services;

public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
