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
        var outbox = new OutboxSender(App.Services.GetRequiredService<IServiceScopeFactory>(), sender, Options.Create(new EmailOptions()), App.Time, NullLogger<OutboxSender>.Instance);

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
