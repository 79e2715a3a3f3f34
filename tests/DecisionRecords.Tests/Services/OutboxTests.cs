using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DecisionRecords.Tests.Services;

public class OutboxTests(TestApp app) : PageTest(app)
{
    private sealed class FlakySender(int failures) : IEmailSender
    {
        private int _calls;

        public List<MimeMessage> Sent { get; } = [];

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (++_calls <= failures)
            {
                throw new InvalidOperationException("SMTP server unavailable");
            }

            Sent.Add(message);
            return Task.CompletedTask;
        }
    }

    private OutboxSender Sender(IEmailSender sender, InstanceIdentity instance, int leaseSeconds = 120) =>
        new(App.Services.GetRequiredService<IServiceScopeFactory>(), sender, Options.Create(new EmailOptions { ClaimLeaseSeconds = leaseSeconds }), instance, App.Time,
            App.Services.GetRequiredService<BackgroundFaults>(), NullLogger<OutboxSender>.Instance);

    [Fact]
    public async Task AClaimedEmail_IsNotSentByAnotherInstance_UntilItsLeaseRunsOut_ThenOnceMoreWithTheSameMessageId()
    {
        var id = Guid.NewGuid();
        await App.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage(id, "mo@test.example", "EXE0002-26 is waiting for your determination", "Body", App.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        // The first instance claims the email and hands it to the mail server, then stops before recording it.
        var first = new InstanceIdentity();
        await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimedBy, first.Name).SetProperty(m => m.ClaimedUntil, App.Time.GetUtcNow().AddSeconds(60))));
        await App.WithDbAsync(async db =>
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id);
            message.BeginSend(App.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var second = new FlakySender(failures: 0);
        var other = Sender(second, new InstanceIdentity(), leaseSeconds: 60);
        await other.SendDueAsync(CancellationToken.None);
        Assert.Empty(second.Sent);

        App.Time.Advance(TimeSpan.FromSeconds(61));
        await other.SendDueAsync(CancellationToken.None);
        await other.SendDueAsync(CancellationToken.None);

        var resent = Assert.Single(second.Sent);
        Assert.Equal($"{id:N}@example.org", resent.MessageId);
        var stored = await QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.NotNull(stored.SentAt);
        Assert.Equal(1, stored.UnrecordedSends);
        Assert.Null(stored.ClaimedBy);
    }

    [Fact]
    public async Task SendDue_FailedSend_IsRetriedLaterAndThenSent()
    {
        var id = Guid.NewGuid();
        await App.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage(id, "cfo@test.example", "EXE0001-26 is waiting for your advice", "Body", App.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        var sender = new FlakySender(failures: 1);
        var outbox = Sender(sender, new InstanceIdentity());

        await outbox.SendDueAsync(CancellationToken.None);
        var failed = await QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("SMTP server unavailable", failed.LastError);

        await outbox.SendDueAsync(CancellationToken.None);
        Assert.Empty(sender.Sent);

        App.Time.Advance(TimeSpan.FromMinutes(2));
        await outbox.SendDueAsync(CancellationToken.None);
        Assert.Equal("EXE0001-26 is waiting for your advice", Assert.Single(sender.Sent).Subject);
        Assert.NotNull((await QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id))).SentAt);
    }

    [Fact]
    public async Task PickupFolder_WritesEmlFiles()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mail-{Guid.NewGuid():N}");
        try
        {
            var sender = new PickupFolderEmailSender(Options.Create(new EmailOptions { PickupFolder = folder }), App.Services.GetRequiredService<IHostEnvironment>(), App.Time);
            var message = new MimeMessage { Subject = "Hello" };
            message.From.Add(MailboxAddress.Parse("a@test.example"));
            message.To.Add(MailboxAddress.Parse("b@test.example"));
            message.Body = new TextPart("plain") { Text = "Body" };

            await sender.SendAsync(message, CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
            Assert.Equal("Hello", (await MimeMessage.LoadAsync(file)).Subject);
            Assert.StartsWith($"{App.Time.GetUtcNow():yyyyMMddHHmmssfff}-", Path.GetFileName(file), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
