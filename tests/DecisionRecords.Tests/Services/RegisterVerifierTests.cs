using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Services;

/// <summary>
/// verify-audit checks what the events claim: each tampering done as the earlier code allowed it (a table saved after
/// the signatures, a replacing import that deleted what was published, a sealed copy gone) fails it.
/// </summary>
public class RegisterVerifierTests(TestApp app) : PageTest(app)
{
    private async Task<List<string>> ProblemsAboutAsync(string reference)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<RegisterVerifier>().VerifyAsync(CancellationToken.None);
        return problems.Where(p => p.StartsWith(reference, StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task ASignedRecordWhoseMoneyChangedAfterPublication_FailsVerification()
    {
        var id = await PublishedRecordAsync("Money changed after signing");
        var record = await App.LoadAsync(id);
        Assert.Empty(await ProblemsAboutAsync(record.Reference));

        // What the funding editor let an author do before the record guarded its content.
        var line = record.FundingTables[0].OrderedLines.First().Id;
        await App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE FundingAmounts SET AmountPence = 888888800 WHERE FundingLineId = {line}"));

        var problems = await ProblemsAboutAsync(record.Reference);
        Assert.Contains(problems, p => p.Contains("its content is not what Test Chief Finance Officer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AVersionPublishedWithContentNoSignatureCovers_FailsVerification()
    {
        var id = await PublishedRecordAsync("Published over other content");
        var record = await App.LoadAsync(id);

        // As if a later version had been frozen from content changed under the signatures.
        await App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE PublishedVersions SET RecordContentHash = {new string('a', 64)} WHERE DecisionRecordId = {id}"));

        Assert.Contains(await ProblemsAboutAsync(record.Reference), p => p.Contains("version 1: published content is not what", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APublishedVersionDeleted_FailsVerification()
    {
        var id = await PublishedRecordAsync("Version deleted");
        var reference = (await App.LoadAsync(id)).Reference;
        var author = await AsAsync(Roles.Author);
        await author.PostFormAsync($"/admin/decisions/{id}/amend", new() { ["Input.ChangeNote"] = "Corrected", ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await author.SubmitAsync(App, id);
        await SignAllAsync(id);
        Assert.Empty(await ProblemsAboutAsync(reference));

        // What a replacing import did before it kept what was published.
        await App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM PublishedVersions WHERE DecisionRecordId = {id} AND Number = 1"));

        var problems = await ProblemsAboutAsync(reference);
        Assert.Contains(problems, p => p.Contains("numbered 2, not 1 to 1", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("is no longer held", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task ASealedCopyNoLongerOnRecord_FailsVerification()
    {
        await App.ImportSeedsAsync();
        var pdf = await App.CreateAnonymousClient().GetAsync("/decisions/EXE0005-21.pdf");
        pdf.EnsureSuccessStatusCode();
        Assert.Empty(await ProblemsAboutAsync("EXE0005-21"));
        Assert.Single(await QueryAsync(db => db.AuditEvents.Where(e => e.EventType == AuditEventTypes.PdfSealed).ToListAsync()), e => e.Describe().Contains("version 1", StringComparison.Ordinal));

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await pdf.Content.ReadAsByteArrayAsync()));
        await App.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM SealedCopies WHERE Sha256 = {sha}"));

        Assert.Contains(await ProblemsAboutAsync("EXE0005-21"), p => p.Contains($"sealed copy {sha}", StringComparison.Ordinal));
    }
}
