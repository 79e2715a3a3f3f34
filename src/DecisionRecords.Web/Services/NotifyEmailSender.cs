using Microsoft.Extensions.Options;
using MimeKit;
using Notify.Client;
using Notify.Exceptions;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Sends through GOV.UK Notify, which many public bodies already use: one template that takes the subject and the
/// body, and the outbox's id as the reference, so that Notify's callbacks name the email. Notify refusing the address
/// itself is a permanent failure; anything else is retried by the outbox.
/// </summary>
public sealed class NotifyEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    private readonly Lazy<NotificationClient> _client = new(() =>
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.NotifyApiKey) || string.IsNullOrWhiteSpace(settings.NotifyTemplateId))
        {
            throw new InvalidOperationException("Email:NotifyApiKey and Email:NotifyTemplateId must be set to send through GOV.UK Notify");
        }

        return string.IsNullOrWhiteSpace(settings.NotifyBaseUrl)
            ? new NotificationClient(settings.NotifyApiKey)
            : new NotificationClient(settings.NotifyBaseUrl, settings.NotifyApiKey);
    });

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var to = message.To.Mailboxes.Single().Address;
        var personalisation = new Dictionary<string, dynamic>
        {
            ["subject"] = message.Subject ?? "",
            ["body"] = message.TextBody ?? "",
        };
        try
        {
            await _client.Value.SendEmailAsync(to, options.Value.NotifyTemplateId, personalisation, clientReference: message.MessageId);
        }
        catch (NotifyClientException ex) when (ex.Message.Contains("Status code 400", StringComparison.Ordinal) && ex.Message.Contains("email_address", StringComparison.Ordinal))
        {
            throw new PermanentDeliveryFailureException($"GOV.UK Notify refused the address: {ex.Message}", ex);
        }
    }
}
