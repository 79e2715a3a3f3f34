using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DecisionRecords.Web;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

/// <summary>
/// Email alerts at scale: subscribers spread over lists (words, delivery organisations, funding years, everything),
/// publications timed without and with them, each publication's immediate emails queued, every email sent through a
/// local SMTP server, then a daily digest for all of them.
/// </summary>
internal static class AlertsBench
{
    public static async Task<int> RunAsync(string database, int subscribers, int lists, string[] words)
    {
        File.Delete(database);
        var port = FreePort();
        var received = new Counter();
        using var stopSmtp = new CancellationTokenSource();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new CountingStore(received));
        var smtp = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build(), services).StartAsync(stopSmtp.Token);

        var app = WebApp.Build(
        [
            $"--ConnectionStrings:DecisionRecords=Data Source={database}",
            "--Database:Provider=Sqlite",
            "--BackgroundJobs:Enabled=false",
            "--Serilog:MinimumLevel:Default=Warning",
            "--environment=Production",
            "--PublicSite:BaseUrl=http://127.0.0.1",
            "--Accessibility:ContactEmail=access@bench.example",
            "--Accessibility:StatementPreparedOn=2026-01-01",
            "--urls=http://127.0.0.1:0",
            "--Email:Mode=Smtp",
            "--Email:SmtpHost=127.0.0.1",
            $"--Email:SmtpPort={port}",
            "--Email:SmtpStartTls=false",
        ]);
        await WebApp.InitialiseDatabaseAsync(app, seedDemoData: false);

        // Started, so that its routes are built and the links in emails can be made; nothing is asked of it.
        await app.StartAsync();

        var random = new Random(2026);
        string Word() => words[Math.Min(words.Length - 1, (int)Math.Floor(Math.Pow(random.NextDouble(), 3) * 400))];
        var next = 0;

        // A publication is one record frozen and saved, as the Commissioner's signature does it; alerts play no part in it.
        async Task<(double Ms, Guid Version)> PublishAsync(DateTimeOffset at)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
            var record = SyntheticRecord.Create(next++, random, Word, at, "ALR");
            db.DecisionRecords.Add(record);
            var clock = Stopwatch.StartNew();
            var version = await scope.ServiceProvider.GetRequiredService<Publisher>().FreezeAsync(record, at, null, CancellationToken.None);
            // Synthetic records carry paper sign-offs, which makes them archive records; these stand for decisions signed here.
            db.Entry(version).Property(v => v.IsImported).CurrentValue = false;
            await db.SaveChangesAsync();
            return (clock.Elapsed.TotalMilliseconds, version.Id);
        }

        async Task<int> QueueAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<EmailAlerts>().QueueNewVersionsAsync(CancellationToken.None);
        }

        async Task<(int Sent, double Seconds)> SendAllAsync()
        {
            var outbox = app.Services.GetRequiredService<OutboxSender>();
            var clock = Stopwatch.StartNew();
            var sent = 0;
            for (int batch; (batch = await outbox.SendDueAsync(CancellationToken.None)) > 0;)
            {
                sent += batch;
            }

            return (sent, clock.Elapsed.TotalSeconds);
        }

        var now = DateTimeOffset.UtcNow;
        var without = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            without.Add((await PublishAsync(now)).Ms);
        }

        await QueueAsync();

        // The lists: half follow a word, a quarter a delivery organisation, some a funding year, the rest everything.
        var criteria = Enumerable.Range(0, lists).Select(k => (k * 4 / lists) switch
        {
            0 or 1 => new AlertCriteria(Q: words[k % 60]),
            2 => new AlertCriteria(Organisation: SyntheticRecord.Organisations[k % SyntheticRecord.Organisations.Length]),
            _ => k % 5 == 0 ? new AlertCriteria() : new AlertCriteria(FundingYear: $"{2015 + (k % 10)}/{16 + (k % 10)}"),
        }).ToList();
        var seeding = Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
            for (var i = 0; i < subscribers; i++)
            {
                db.AlertSubscriptions.Add(new AlertSubscription(Guid.NewGuid(), $"subscriber{i}@bench.example", criteria[i % lists], AlertFrequency.Immediately, now.AddDays(-2)));
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine($"alerts.subscribers={subscribers}");
        Console.WriteLine($"alerts.lists={lists}");
        Console.WriteLine($"alerts.seed_s={seeding.Elapsed.TotalSeconds:0.0}");

        var with = new List<double>();
        var queueMs = new List<double>();
        var queued = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            with.Add((await PublishAsync(DateTimeOffset.UtcNow)).Ms);
            var clock = Stopwatch.StartNew();
            queued.Add(await QueueAsync());
            queueMs.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"alerts.publication_without_subscribers_median_ms={Median(without):0.0}");
        Console.WriteLine($"alerts.publication_with_subscribers_median_ms={Median(with):0.0}");
        Console.WriteLine($"alerts.immediate_emails_per_publication={string.Join(',', queued)}");
        Console.WriteLine($"alerts.immediate_queue_median_ms={Median(queueMs):0}");
        Console.WriteLine($"alerts.immediate_queue_max_ms={queueMs.Max():0}");
        var (sent, seconds) = await SendAllAsync();
        Console.WriteLine($"alerts.immediate_sent={sent}");
        Console.WriteLine($"alerts.immediate_send_s={seconds:0.0}");
        Console.WriteLine($"alerts.immediate_send_per_s={sent / seconds:0}");

        // The daily digest: every subscriber daily, 20 decisions published in the day before the run.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>().AlertSubscriptions
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Frequency, AlertFrequency.Daily));
        }

        var run = DigestSchedule.Latest(AlertFrequency.Daily, DateTimeOffset.UtcNow).Run;
        for (var i = 0; i < 20; i++)
        {
            await PublishAsync(run.AddMinutes(-60 + i));
        }

        var digest = Stopwatch.StartNew();
        int digests;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            digests = await scope.ServiceProvider.GetRequiredService<EmailAlerts>().SendDueDigestsAsync(CancellationToken.None);
        }

        var digestQueue = digest.Elapsed.TotalSeconds;
        var before = received.Value;
        var (digestSent, _) = await SendAllAsync();
        Console.WriteLine($"alerts.digest_emails={digests}");
        Console.WriteLine($"alerts.digest_queue_s={digestQueue:0.0}");
        Console.WriteLine($"alerts.digest_sent={digestSent}");
        Console.WriteLine($"alerts.digest_received_by_smtp={received.Value - before}");
        Console.WriteLine($"alerts.digest_total_s={digest.Elapsed.TotalSeconds:0.0}");
        await app.StopAsync();
        await stopSmtp.CancelAsync();
        try
        {
            await smtp;
        }
        catch (OperationCanceledException)
        {
        }

        return digestSent == digests && received.Value - before == digests ? 0 : 1;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Counter
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Add() => Interlocked.Increment(ref _value);
    }

    private sealed class CountingStore(Counter received) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            received.Add();
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
