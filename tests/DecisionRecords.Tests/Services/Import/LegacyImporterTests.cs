using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Services.Import;

public class LegacyImporterTests(TestApp app) : PageTest(app)
{
    private async Task<ImportOutcome> ImportAsync(string name, byte[] content, bool dryRun = false, bool replace = false, bool review = false)
    {
        await EnsureOfficeHoldersAsync();
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LegacyImporter>().ImportAsync(Web.Services.Changes.ActingContext.System(App.Time.GetUtcNow(), "import"), name, content, new ImportOptions(dryRun, replace, review), CancellationToken.None);
    }

    private async Task EnsureOfficeHoldersAsync() =>
        await App.WithDbAsync(async db =>
        {
            if (!await db.OfficeHolders.AnyAsync())
            {
                db.OfficeHolders.AddRange(
                    new OfficeHolder(Guid.NewGuid(), Office.Commissioner, "Lord Bach", "Police and Crime Commissioner", new DateOnly(2016, 5, 12), new DateOnly(2021, 5, 12)),
                    new OfficeHolder(Guid.NewGuid(), Office.Commissioner, "Rupert Matthews", "Police and Crime Commissioner", new DateOnly(2021, 5, 13), null));
                await db.SaveChangesAsync();
            }
        });

    private Task<DecisionRecord> LoadBySlugAsync(string slug) =>
        QueryAsync(db => db.WholeRecords().AsNoTracking().SingleAsync(r => r.Slug == slug));

    [Fact]
    public async Task Import_Exe0003_20_PublishedHistoricWithInferredCommissionerAndItsSource()
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "EXE0003-20.txt"));

        var outcome = await ImportAsync("EXE0003-20.txt", content);

        Assert.True(outcome.Imported, outcome.Refusal);
        var record = await LoadBySlugAsync("EXE0003-20");
        Assert.Equal("EXE0003/20", record.Reference);
        Assert.Equal(DecisionStatus.Published, record.Status);
        Assert.Equal(DecisionOutcome.Supported, record.Outcome);
        Assert.Equal(new DateOnly(2020, 3, 31), record.DecisionDate);
        Assert.True(record.Determination!.PublishesEverything);
        Assert.Equal(4_395_961_00L, record.FundingTables.OrderBy(t => t.Position).Last().Totals().ColumnTotalPence("2020/21"));
        var signatures = record.ValidSignatures.ToList();
        Assert.Equal(["Paul Hindson", "Angela Perry", "Lord Bach"], signatures.Select(s => s.SignerName));
        Assert.All(signatures, s => Assert.True(s.IsImported && s.ContentHash is null && s.UserId is null));
        Assert.True(signatures[2].NameInferred);
        Assert.Contains(outcome.Discrepancies, d => d.Contains("Lord Bach held the office on 31 March 2020", StringComparison.Ordinal));
        var source = Assert.Single(record.Attachments);
        Assert.False(source.IsPublic);
        Assert.Equal("EXE0003-20.txt", source.FileName);

        var version = await QueryAsync(db => db.PublishedVersions.SingleAsync(v => v.DecisionRecordId == record.Id));
        Assert.Equal(4_395_961_00L, PublishedDecision.FromJson(version.ContentJson).Value!.ValuePence);
        Assert.Contains(record.Notes, n => n.Kind == NoteKind.Arithmetic && n.Concerns == NoteAnchors.Value && n.Text.Contains("£4,385,961", StringComparison.Ordinal));
        Assert.Contains($"{record.Notes.Count} notes", (await QueryAsync(db => db.AuditEvents.SingleAsync(e => e.DecisionRecordId == record.Id && e.EventType == AuditEventTypes.RecordImported))).Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TheSameDocumentAgain_ChangesNothing_AnotherIsRefusedUnlessReplacing()
    {
        var content = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "EXE0005-21.txt"));
        Assert.True((await ImportAsync("EXE0005-21.txt", content)).Imported);
        var events = await QueryAsync(db => db.AuditEvents.CountAsync());

        var same = await ImportAsync("EXE0005-21.txt", content);
        Assert.Equal(ImportResult.Unchanged, same.Result);
        Assert.Equal(events, await QueryAsync(db => db.AuditEvents.CountAsync()));

        var edited = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(content).Replace("MUGA Courts", "MUGA courts", StringComparison.Ordinal));
        var again = await ImportAsync("EXE0005-21.txt", edited);
        Assert.Equal(ImportResult.Refused, again.Result);
        Assert.Contains("already in the register", again.Refusal, StringComparison.Ordinal);

        var replaced = await ImportAsync("EXE0005-21.txt", edited, replace: true);
        Assert.True(replaced.Imported, replaced.Refusal);
        Assert.Equal(1, await QueryAsync(db => db.DecisionRecords.CountAsync(r => r.Slug == "EXE0005-21")));
        Assert.Equal(525_000_00L, DecisionValue.Of(await LoadBySlugAsync("EXE0005-21"))!.ValuePence);
        Assert.Equal("Lord Bach", (await LoadBySlugAsync("EXE0005-21")).ValidSignature(SignOffStep.Decision)!.SignerName);
        Assert.Equal("MUGA courts", (await LoadBySlugAsync("EXE0005-21")).FundingTables[0].OrderedLines.First().Text(0));

        // The replacement is a new public version with a note; the first stays, and so do the paper signatures it showed, void.
        var record = await LoadBySlugAsync("EXE0005-21");
        var versions = await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == record.Id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.False(versions[0].IsLatest);
        Assert.Contains("corrected copy of the original record", versions[1].ChangeNote, StringComparison.Ordinal);
        Assert.Equal(versions[0].FirstPublishedAt, versions[1].FirstPublishedAt);
        Assert.Equal(3, record.Signatures.Count(s => s.IsVoid));
        Assert.Equal(3, record.ValidSignatures.Count());
        var replacedEvent = await QueryAsync(db => db.AuditEvents.SingleAsync(e => e.DecisionRecordId == record.Id && e.EventType == AuditEventTypes.RecordReplacedFromArchive));
        Assert.Equal(versions[1].ContentHash, replacedEvent.ContentHash);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<RegisterVerifier>().VerifyAsync(CancellationToken.None), p => p.StartsWith("EXE0005-21", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_ReplacingAndHoldingForReview_KeepsTheLastVersionPublicUntilReviewed_ThenPublishesWithTheNote()
    {
        // Under a reference of its own, so that the other tests' imports of the seed are not in its way.
        var content = System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "EXE0021-24.txt")).Replace("EXE0021-24", "EXE0921-24", StringComparison.Ordinal));
        Assert.True((await ImportAsync("EXE0921-24.txt", content)).Imported);
        var corrected = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(content).Replace("People Zones", "People zones", StringComparison.Ordinal));

        Assert.True((await ImportAsync("EXE0921-24.txt", corrected, replace: true, review: true)).Imported);
        var held = await LoadBySlugAsync("EXE0921-24");
        Assert.Equal(DecisionStatus.AwaitingReview, held.Status);
        Assert.Equal(1, await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == held.Id && v.IsLatest).Select(v => v.Number).SingleAsync()));

        var reviewed = await (await AsAsync(Web.Data.Roles.MonitoringOfficer)).PostFormAsync($"/admin/decisions/{held.Id}/review",
            new() { ["version"] = held.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, reviewed.StatusCode);

        var latest = await QueryAsync(db => db.PublishedVersions.SingleAsync(v => v.DecisionRecordId == held.Id && v.IsLatest));
        Assert.Equal(2, latest.Number);
        Assert.Contains("corrected copy of the original record", latest.ChangeNote, StringComparison.Ordinal);
        Assert.Null((await LoadBySlugAsync("EXE0921-24")).PendingChangeNote);
    }

    [Fact]
    public async Task Import_Replacing_ARecordSignedInTheRegister_IsRefusedAndChangesNothing()
    {
        var id = await PublishedRecordAsync("Signed in the register");
        var signed = await App.LoadAsync(id);
        var versions = await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == id).Select(v => v.ContentHash).ToListAsync());
        var events = await QueryAsync(db => db.AuditEvents.CountAsync());
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "EXE0021-24.txt")).Replace("EXE0021-24", signed.Reference, StringComparison.Ordinal);

        var outcome = await ImportAsync($"{signed.Slug}.txt", System.Text.Encoding.UTF8.GetBytes(text), replace: true);

        Assert.Equal(ImportResult.Refused, outcome.Result);
        Assert.Contains("drafted and signed in this register", outcome.Refusal, StringComparison.Ordinal);
        var after = await App.LoadAsync(id);
        Assert.Equal(signed.ContentHash(), after.ContentHash());
        Assert.Equal(signed.Signatures.Select(s => (s.Id, s.IsVoid)), after.Signatures.Select(s => (s.Id, s.IsVoid)));
        Assert.Equal(versions, await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == id).Select(v => v.ContentHash).ToListAsync()));
        Assert.Equal(events, await QueryAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task Import_DryRunOrRefusal_WritesNothing()
    {
        var before = await QueryAsync(db => db.DecisionRecords.CountAsync());
        var events = await QueryAsync(db => db.AuditEvents.CountAsync());

        var dry = await ImportAsync("EXE0021-24.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "EXE0021-24.txt")), dryRun: true);
        var board = await ImportAsync("board-report-2024-03-22.txt", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "board-report-2024-03-22.txt")));

        Assert.True(dry.Imported);
        Assert.False(board.Imported);
        Assert.Contains("not a decision record", board.Refusal, StringComparison.Ordinal);
        Assert.Equal(before, await QueryAsync(db => db.DecisionRecords.CountAsync()));
        Assert.Equal(events, await QueryAsync(db => db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task Import_WordVersionOfASeed_GivesTheSameRecordAsTheText()
    {
        var text = Seeds.Read("EXE0019-24.txt");
        var fromText = LegacyRecordParser.Parse(text);

        var outcome = await ImportAsync("EXE0019-24.docx", Docx.FromText(text));

        Assert.True(outcome.Imported, outcome.Refusal);
        var record = await LoadBySlugAsync("EXE0019-24");
        Assert.Equal(fromText.Title, record.Title);
        Assert.Equal(fromText.RecordDate, record.RecordDate);
        Assert.Equal(97_905_01L, DecisionValue.Of(record)!.ItemisedPence);
        Assert.Equal(9, record.FundingTables.Single().Lines.Count);
        Assert.Equal("Rupert Matthews", record.ValidSignature(SignOffStep.Decision)!.SignerName);
        Assert.Equal(fromText.Notes.Select(n => n.Text).Where(d => d.Contains("97,905", StringComparison.Ordinal)),
            record.Notes.OrderBy(n => n.Position).Select(n => n.Text).Where(d => d.Contains("97,905", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_DamagedWordFile_IsRefusedWithAMessage()
    {
        var docx = Docx.FromText(Seeds.Read("EXE0021-24.txt"));

        var outcome = await ImportAsync("broken.docx", docx[..(docx.Length / 2)]);

        Assert.False(outcome.Imported);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Refusal));
    }

    /// <summary>How many rows each table holds: a refused document must leave every count as it was.</summary>
    private Task<string> SnapshotAsync() => QueryAsync(async db => string.Join(", ",
        $"records {await db.DecisionRecords.CountAsync()}", $"tables {await db.FundingTables.CountAsync()}", $"lines {await db.FundingLines.CountAsync()}",
        $"amounts {await db.FundingAmounts.CountAsync()}", $"signatures {await db.Signatures.CountAsync()}", $"notes {await db.RecordNotes.CountAsync()}",
        $"attachments {await db.Attachments.CountAsync()}", $"versions {await db.PublishedVersions.CountAsync()}", $"events {await db.AuditEvents.CountAsync()}",
        $"stamp {await db.PublicationStamps.Select(s => s.Version).SingleOrDefaultAsync()}"));

    [Fact]
    public async Task Import_MutatedDocuments_RefusedWriteNothing_AcceptedHoldTheFiguresOfTheirSource()
    {
        var random = new Random(42);
        var text = Seeds.Read("EXE0021-24.txt");
        var (accepted, refused) = (0, 0);
        for (var i = 0; i < 60; i++)
        {
            var lines = text.Split('\n').ToList();
            lines.RemoveAt(random.Next(lines.Count));
            if (i % 3 == 0)
            {
                lines.RemoveAt(random.Next(lines.Count));
            }

            var mutated = string.Join('\n', lines).Replace("EXE0021-24", $"FZ{i:000}-24", StringComparison.Ordinal);
            var before = await SnapshotAsync();

            var outcome = await ImportAsync($"fuzz-{i}.txt", System.Text.Encoding.UTF8.GetBytes(mutated));

            if (!outcome.Imported)
            {
                Assert.Equal(before, await SnapshotAsync());
                refused++;
                continue;
            }

            // The figures the register holds are the figures the document gives, line by line and year by year.
            var source = LegacyRecordParser.Parse(mutated);
            var record = await LoadBySlugAsync(DecisionReference.ToSlug(outcome.Reference!));
            Assert.Equal(3, record.Signatures.Count);
            Assert.Equal(
                source.Tables.Select(t => t.Lines.Select(l => l.Amounts.Select(a => $"{a.Year} {a.Pence}"))),
                record.FundingTables.OrderBy(t => t.Position).Select(t => t.OrderedLines.Select(l => l.Amounts.OrderBy(a => a.FinancialYear, StringComparer.Ordinal).Select(a => $"{a.FinancialYear} {a.AmountPence}"))));
            Assert.Equal(source.StatedValue?.Pence, record.StatedValue?.Pence);
            accepted++;
        }

        Assert.True(accepted > 10 && refused > 3, $"accepted {accepted}, refused {refused}: the mutations should exercise both");
    }
}
