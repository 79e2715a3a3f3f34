using System.Collections.Concurrent;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Sends through SMTP connections kept open between emails, up to <c>Email:ConcurrentSends</c> at once, so that a
/// digest to thousands of addresses neither opens thousands of connections nor waits on one. A connection the server
/// has dropped is opened again once. A recipient the server refuses with a 5xx reply is a permanent failure.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender, IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Clamp(options.Value.ConcurrentSends, 1, 16));
    private readonly ConcurrentBag<SmtpClient> _idle = [];

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        SmtpClient? client = null;
        try
        {
            var reused = _idle.TryTake(out client) && client.IsConnected;
            try
            {
                client = reused ? client! : await ConnectAsync(client, cancellationToken);
                await client.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (reused && ex is ServiceNotConnectedException or IOException or SmtpProtocolException)
            {
                client = await ConnectAsync(client, cancellationToken);
                await client.SendAsync(message, cancellationToken);
            }

            _idle.Add(client);
            client = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (ex is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refused && (int)refused.StatusCode is >= 500 and < 600)
            {
                throw new PermanentDeliveryFailureException($"The mail server refused the address ({(int)refused.StatusCode}): {refused.Message}", ex);
            }

            throw;
        }
        finally
        {
            // After a refusal or a fault the connection's state is not known: the next email opens a fresh one.
            client?.Dispose();
            _slots.Release();
        }
    }

    private async Task<SmtpClient> ConnectAsync(SmtpClient? old, CancellationToken cancellationToken)
    {
        old?.Dispose();
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            throw new InvalidOperationException("Email:SmtpHost is not set, so email cannot be sent");
        }

        var client = new SmtpClient();
        try
        {
            await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUsername))
            {
                await client.AuthenticateAsync(settings.SmtpUsername, settings.SmtpPassword ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var client))
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(true);
                }
            }
            catch (Exception ex) when (ex is IOException or SmtpProtocolException or ServiceNotConnectedException)
            {
            }

            client.Dispose();
        }

        _slots.Dispose();
    }
}
