using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using DecisionRecords.Web.Services.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DecisionRecords.Tests.Pages.Admin.Decisions;

public class SignOffTests(TestApp app) : PageTest(app)
{
    private async Task<Guid> SubmittedRecordAsync(string title = "People Zones 2024/2025 Budget")
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, title);
        await author.SubmitAsync(App, id);
        return id;
    }

    [Fact]
    public async Task Post_FullSequence_PublishesWithThreeValidSignatures()
    {
        var id = await SubmittedRecordAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id)).StatusCode);
        Assert.Equal(DecisionStatus.AwaitingDetermination, (await App.LoadAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll)).StatusCode);
        Assert.Equal(DecisionStatus.AwaitingDecision, (await App.LoadAsync(id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.Commissioner)).SignAsync(id)).StatusCode);

        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.Published, record.Status);
        Assert.Equal(DecisionOutcome.Supported, record.Outcome);
        Assert.True(record.Determination!.PublishesEverything);
        var signatures = record.ValidSignatures.ToList();
        Assert.Equal([SignOffStep.Advice, SignOffStep.Determination, SignOffStep.Decision], signatures.Select(s => s.Step));
        Assert.Equal(["Test Chief Finance Officer", "Test Monitoring Officer", "Test Police and Crime Commissioner"], signatures.Select(s => s.SignerName));
        Assert.All(signatures, s => Assert.Equal(CanonicalContent.Hash(record), s.ContentHash));

        var version = await QueryAsync(db => db.PublishedVersions.SingleAsync(v => v.DecisionRecordId == id));
        Assert.Equal(1, version.Number);
        var published = PublishedDecision.FromJson(version.ContentJson);
        Assert.Equal(148_000_00L, published.Value!.ValuePence);
        Assert.Equal(RecordOrigin.Drafted, published.Origin);
        Assert.Equal(new PublishedAnswers(true, true, true, null), published.Answers);
        Assert.All(published.Signatures, s => Assert.False(s.RecordedOnPaper));
        Assert.Equal(3, published.Signatures.Count);

        var events = (await AuditEventsAsync(id)).Select(e => e.EventType).ToList();
        Assert.Equal([AuditEventTypes.RecordSubmitted, AuditEventTypes.AdviceSigned, AuditEventTypes.DeterminationSigned, AuditEventTypes.DecisionSigned, AuditEventTypes.RecordPublished],
            events.SkipWhile(e => e != AuditEventTypes.RecordSubmitted));

        var page = await (await AsAsync(Roles.Author)).GetDocumentAsync($"/admin/decisions/{id}");
        Assert.Equal(3, page.QuerySelectorAll(".app-signature .govuk-tag--green").Length);
        Assert.Contains("Signed electronically by Test Monitoring Officer, Monitoring Officer", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var mail = await QueryAsync(db => db.OutboxMessages.Select(m => new { m.To, m.Subject }).ToListAsync());
        Assert.Contains(mail, m => m.To == TestApp.Users[Roles.MonitoringOfficer] && m.Subject.Contains("waiting for your determination", StringComparison.Ordinal));
        Assert.Contains(mail, m => m.To == TestApp.Users[Roles.Author] && m.Subject.Contains("has been published", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_MonitoringOfficerReturns_SignaturesVoidAndResubmissionStartsAgain()
    {
        var id = await SubmittedRecordAsync();
        await (await AsAsync(Roles.ChiefExecutive)).SignAsync(id);
        var mo = await AsAsync(Roles.MonitoringOfficer);

        var returned = await mo.PostFormAsync($"/admin/decisions/{id}/return", new()
        {
            ["Input.Comment"] = "The informant costs cannot be published as written.",
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.Draft, record.Status);
        var voided = Assert.Single(record.Signatures);
        Assert.True(voided.IsVoid);
        Assert.Contains("informant costs", voided.VoidReason, StringComparison.Ordinal);
        var author = await AsAsync(Roles.Author);
        var page = await author.GetDocumentAsync($"/admin/decisions/{id}");
        Assert.Contains("The informant costs cannot be published as written.", page.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await QueryAsync(db => db.OutboxMessages.Select(m => m.Subject).ToListAsync()), s => s.Contains("has been returned to you", StringComparison.Ordinal));

        var edited = await author.PostFormAsync($"/admin/decisions/{id}/sections/recommendations", new()
        {
            ["Input.Text"] = "Approve the budget, with informant costs held back.",
            ["Input.Version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await author.SubmitAsync(App, id);
        await (await AsAsync(Roles.ChiefExecutive)).SignAsync(id);

        record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.AwaitingDetermination, record.Status);
        Assert.Equal(2, record.Signatures.Count);
        Assert.Single(record.ValidSignatures);
        Assert.Equal(CanonicalContent.Hash(record), record.ValidSignature(SignOffStep.Advice)!.ContentHash);
        Assert.NotEqual(voided.ContentHash, record.ValidSignature(SignOffStep.Advice)!.ContentHash);
    }

    [Fact]
    public async Task Post_SignerIsNotNext_ReturnsForbidden()
    {
        var id = await SubmittedRecordAsync();

        var response = await (await AsAsync(Roles.MonitoringOfficer)).PostFormAsync($"/admin/decisions/{id}/sign-off",
            new() { ["Input.Step"] = "Advice", ["Input.Version"] = "0", ["Input.Credential"] = TestApp.Password, ["Input.ConfirmAdvice"] = "yes" },
            formPage: $"/admin/decisions/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Only the Chief Executive or Chief Finance Officer can sign this step", (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await App.LoadAsync(id)).Signatures);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Author)]
    public async Task Get_NotASigner_IsDenied(string role)
    {
        var id = await SubmittedRecordAsync();

        var response = await (await AsAsync(role)).GetAsync($"/admin/decisions/{id}/sign-off");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongPassword_SignsNothing()
    {
        var id = await SubmittedRecordAsync();

        var cfo = await AsAsync(Roles.ChiefFinanceOfficer);
        var response = await cfo.SignAsync(id, password: "not-my-password");

        // The refusal is a page of its own (Back never resubmits the form), keeping what was typed but the password.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/decisions/{id}/sign-off", response.Location());
        var page = await cfo.GetDocumentAsync(response.Location(), HttpStatusCode.BadRequest);
        Assert.Equal(AccountSecurity.WrongPassword, page.InlineError("Input_Credential"));
        Assert.Contains(AccountSecurity.WrongPassword, page.ErrorSummary());
        Assert.NotNull(page.QuerySelector("#Input_ConfirmAdvice[checked]"));
        Assert.Null(page.QuerySelector("input[type=password][value]"));
        Assert.Empty((await App.LoadAsync(id)).Signatures);

        // Shown once: the page read again is a fresh form.
        Assert.Null((await cfo.GetDocumentAsync(response.Location())).InlineError("Input_Credential"));
    }

    [Fact]
    public async Task Get_SignOffAfterSigning_SaysWhenYouSignedAndLinksToTheRecord()
    {
        var id = await SubmittedRecordAsync();
        var cfo = await AsAsync(Roles.ChiefFinanceOfficer);
        await cfo.SignAsync(id);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);

        // Back from the record to the page the signer signed on, twice over: once the next step is signed too.
        var response = await cfo.GetAsync($"/admin/decisions/{id}/sign-off");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("You have signed this record", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("as Chief Finance Officer on ", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"main a[href='/admin/decisions/{id}']"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Post_SameSignerTwice_SecondIsAConflictNotASecondSignature()
    {
        var id = await SubmittedRecordAsync();
        var cfo = await AsAsync(Roles.ChiefFinanceOfficer);
        var page = await cfo.GetDocumentAsync($"/admin/decisions/{id}/sign-off");
        var fields = page.FormFields(overrides: new() { ["Input.Credential"] = TestApp.Password, ["Input.ConfirmAdvice"] = "yes" });

        var responses = await Task.WhenAll(cfo.PostFormAsync($"/admin/decisions/{id}/sign-off", fields), cfo.PostFormAsync($"/admin/decisions/{id}/sign-off", fields));

        var record = await App.LoadAsync(id);
        Assert.Single(record.Signatures);
        Assert.Equal(DecisionStatus.AwaitingDetermination, record.Status);
        Assert.Single(await QueryAsync(db => db.AuditEvents.Where(e => e.DecisionRecordId == id && e.EventType == AuditEventTypes.AdviceSigned).ToListAsync()));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden or HttpStatusCode.OK, r.StatusCode.ToString()));
        foreach (var answered in responses.Where(r => r.StatusCode == HttpStatusCode.OK))
        {
            // The second click, arriving after the first was saved, is told what was done.
            Assert.Equal("You have signed this record", (await answered.ReadDocumentAsync()).QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task Post_OnePersonTwoSteps_IsRefusedBySeparationOfDuties()
    {
        await App.EnsureUsersAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var cfo = (await users.FindByEmailAsync(TestApp.Users[Roles.ChiefFinanceOfficer]))!;
            await users.AddToRoleAsync(cfo, Roles.MonitoringOfficer);
        }

        try
        {
            var id = await SubmittedRecordAsync();
            var both = await AsAsync(Roles.ChiefFinanceOfficer);
            Assert.Equal(HttpStatusCode.Redirect, (await both.SignAsync(id)).StatusCode);

            var response = await both.GetAsync($"/admin/decisions/{id}/sign-off");

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("someone else must sign this one", (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await using var scope = App.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync(TestApp.Users[Roles.ChiefFinanceOfficer]))!, Roles.MonitoringOfficer);
        }
    }

    [Fact]
    public async Task Post_AuthorAdvisingOwnRecord_IsRefused()
    {
        await App.EnsureUsersAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync(TestApp.Users[Roles.ChiefExecutive]))!, Roles.Author);
        }

        try
        {
            var authorAndCe = await AsAsync(Roles.ChiefExecutive);
            var id = await authorAndCe.CreateCompleteRecordAsync(App, "Written by the Chief Executive");
            await authorAndCe.SubmitAsync(App, id);

            var response = await authorAndCe.GetAsync($"/admin/decisions/{id}/sign-off");

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("You wrote this record", (await response.ReadDocumentAsync()).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await using var scope = App.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.RemoveFromRoleAsync((await users.FindByEmailAsync(TestApp.Users[Roles.ChiefExecutive]))!, Roles.Author);
        }
    }

    [Fact]
    public async Task Post_DeterminationWithANo_NeedsReasonsAndTheRecordIsWithheld()
    {
        var id = await SubmittedRecordAsync();
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        var mo = await AsAsync(Roles.MonitoringOfficer);
        var no = new Dictionary<string, string>(DraftingHelpers.PublishAll) { ["Input.PublishRecord"] = "no" };

        var missingReasons = await mo.SignAsync(id, no);
        Assert.Equal(HttpStatusCode.BadRequest, missingReasons.StatusCode);
        Assert.Equal(["Give the reasons for non-publication, citing the legislation", "Select the legislation that applies"], (await missingReasons.ReadDocumentAsync()).ErrorSummary());

        no["Input.Reasons"] = "Operationally sensitive: disclosure would prejudice law enforcement.";
        no["Input.Legislation"] = "FOIA-s31";
        Assert.Equal(HttpStatusCode.Redirect, (await mo.SignAsync(id, no)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.Commissioner)).SignAsync(id)).StatusCode);

        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.Withheld, record.Status);
        Assert.Equal(["FOIA-s31"], record.Determination!.Legislation);
        var stub = await QueryAsync(db => db.PublishedVersions.SingleAsync(v => v.DecisionRecordId == id));
        Assert.True(stub.IsStub);
        Assert.Null(stub.Title);
        Assert.DoesNotContain("Confidential informant costs", stub.ContentJson, StringComparison.Ordinal);
        Assert.DoesNotContain(record.Title, stub.ContentJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExemptLine_IsLeftOutOfThePublishedVersion()
    {
        var id = await SubmittedRecordAsync();
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        var exempt = (await App.LoadAsync(id)).FundingTables.Single().OrderedLines.Last();
        var answers = new Dictionary<string, string>(DraftingHelpers.PublishAll)
        {
            [$"Input.Exemptions[{exempt.Id}]"] = "FOIA s31: law enforcement",
            ["Input.Reasons"] = "One line would prejudice law enforcement.",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, answers)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await (await AsAsync(Roles.Commissioner)).SignAsync(id)).StatusCode);

        var json = await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == id).Select(v => v.ContentJson).SingleAsync());
        Assert.DoesNotContain("Confidential informant costs", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2800000", json, StringComparison.Ordinal);
        var table = PublishedDecision.FromJson(json).Tables.Single();
        Assert.Equal("FOIA s31: law enforcement", table.Lines[^1].RedactedReason);
        Assert.Equal(120_000_00L, table.GrandTotalPence);
    }

    [Fact]
    public async Task Post_DecisionScheduledForLater_IsPublishedWhenTheDayComes()
    {
        var id = await SubmittedRecordAsync();
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);
        var later = UkTime.Today(App.Time).AddDays(3);

        var decided = await (await AsAsync(Roles.Commissioner)).SignAsync(id, new()
        {
            ["Input.PublishOn.Day"] = later.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PublishOn.Month"] = later.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.PublishOn.Year"] = later.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(DecisionStatus.Decided, (await App.LoadAsync(id)).Status);

        await using var scope = App.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<PublicationService>();
        await service.ReleaseDueAsync(Web.Services.Changes.ActingContext.System(App.Time.GetUtcNow()), CancellationToken.None);
        Assert.Equal(DecisionStatus.Decided, (await App.LoadAsync(id)).Status);

        // The clock only goes forward; the other tests in this class do not depend on today's date.
        App.Time.Advance(TimeSpan.FromDays(3));
        Assert.True(await service.ReleaseDueAsync(Web.Services.Changes.ActingContext.System(App.Time.GetUtcNow()), CancellationToken.None) >= 1);
        Assert.Equal(DecisionStatus.Published, (await App.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_SubmitIncompleteRecord_SaysWhatIsMissing()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();

        var page = await author.GetDocumentAsync($"/admin/decisions/{id}/submit");

        Assert.Contains("Enter the summary of issue", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await author.PostFormAsync($"/admin/decisions/{id}/submit", new() { ["version"] = (await App.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage: $"/admin/decisions/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DecisionStatus.Draft, (await App.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Post_EditWhileInSignOff_IsRefused()
    {
        var id = await SubmittedRecordAsync();
        var author = await AsAsync(Roles.Author);

        var response = await author.PostFormAsync($"/admin/decisions/{id}/sections/recommendations", new()
        {
            ["Input.Text"] = "Changed behind the signers' backs",
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, formPage: $"/admin/decisions/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotEqual("Changed behind the signers' backs", (await App.LoadAsync(id)).Recommendations);
    }

    [Fact]
    public async Task Post_Withdraw_StopsTheRecordWithItsReason()
    {
        var id = await SubmittedRecordAsync();
        var author = await AsAsync(Roles.Author);

        var response = await author.PostFormAsync($"/admin/decisions/{id}/withdraw", new()
        {
            ["Input.Reason"] = "Superseded by EXE0022-24",
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.Withdrawn, record.Status);
        Assert.Equal("Superseded by EXE0022-24", record.WithdrawnReason);
        var sign = await (await AsAsync(Roles.ChiefFinanceOfficer)).GetAsync($"/admin/decisions/{id}/sign-off");
        Assert.Equal(HttpStatusCode.Forbidden, sign.StatusCode);
    }

    [Fact]
    public async Task Get_ContentChangedAfterSigning_ShowsTheSignatureNoLongerMatches()
    {
        var id = await SubmittedRecordAsync();
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await App.WithDbAsync(db => db.DecisionRecords.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Recommendations, "Tampered in the database")));

        var page = await (await AsAsync(Roles.MonitoringOfficer)).GetDocumentAsync($"/admin/decisions/{id}");

        Assert.Single(page.QuerySelectorAll(".app-signature .govuk-tag--red"));
    }
}
