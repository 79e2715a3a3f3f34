using DecisionRecords.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DecisionRecords.EndToEndTests;

public class DecisionJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly List<string> _accessibility = [];

    private async Task RunAsync(string name, Func<Task<Journey>> start, Func<Journey, Task> steps)
    {
        var journey = await start();
        try
        {
            await steps(journey);
        }
        catch
        {
            await journey.SaveEvidenceAsync(name);
            throw;
        }

        Assert.True(_accessibility.Count == 0, "Accessibility violations:\n" + string.Join("\n", _accessibility.Distinct()));
    }

    [ChromiumFact]
    public async Task Author_DraftsATwoYearRecord_ItIsSignedOffAndThePublicFindsIt() =>
        await RunAsync(nameof(Author_DraftsATwoYearRecord_ItIsSignedOffAndThePublicFindsIt), () => Journey.StartAsync(app, _accessibility), async author =>
        {
            await author.SignInAsync(BrowserApp.Users[Roles.Author]);
            await author.GoAsync("/admin/decisions/new");

            // Bad input first: the error summary appears and nothing typed is lost.
            await author.Page.Locator("[name='Input.RecordDate.Day']").FillAsync("31");
            await author.Page.Locator("[name='Input.RecordDate.Month']").FillAsync("2");
            await author.Page.Locator("[name='Input.RecordDate.Year']").FillAsync("2026");
            await author.ClickButtonAsync("Save and continue");
            Assert.Contains("Enter a title", await author.MainTextAsync(), StringComparison.Ordinal);
            Assert.Equal("31", await author.Page.Locator("[name='Input.RecordDate.Day']").InputValueAsync());
            await author.FillAsync("Title", "Journey Outreach Programme");
            await author.Page.Locator("[name='Input.RecordDate.Day']").FillAsync("3");
            await author.ClickButtonAsync("Save and continue");
            Assert.Contains("Journey Outreach Programme", await author.MainTextAsync(), StringComparison.Ordinal);
            var recordUrl = author.Page.Url;

            foreach (var (link, text) in new[] { ("Change summary of issue", "The Outreach Programme extends the work of the VRN."), ("Change recommendations presented", "Approve £100,000 over two years.") })
            {
                await author.Page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
                await author.CheckAccessibilityAsync();
                await author.Page.Locator("textarea").FillAsync(text);
                await author.Page.Locator("main").GetByRole(AriaRole.Button).First.ClickAsync();
                await author.CheckAccessibilityAsync();
            }

            await author.ClickLinkAsync("Add a funding table");
            await author.FillAsync("Caption", "Table 1");
            await author.FillAsync("Financial year 1", "2025/26");
            await author.ClickButtonAsync("Add a financial year");
            Assert.Equal("2026/27", await author.Page.GetByLabel("Financial year 2", new() { Exact = true }).InputValueAsync());
            await author.FillAsync("Line 1 Description", "Outreach workers");
            await author.FillAsync("Line 1 2025/26", "£50,000");
            await author.FillAsync("Line 1 2026/27", "50000.00");
            await author.ClickButtonAsync("Save table");
            Assert.Contains("£100,000.00", await author.MainTextAsync(), StringComparison.Ordinal);

            await author.ClickLinkAsync("Submit for sign-off");
            await author.ClickButtonAsync("Submit for sign-off");
            Assert.Contains("Awaiting advice", await author.MainTextAsync(), StringComparison.Ordinal);

            foreach (var (role, answers) in new[] { (Roles.ChiefFinanceOfficer, "advice"), (Roles.MonitoringOfficer, "determination"), (Roles.Commissioner, "decision") })
            {
                var signer = await Journey.StartAsync(app, _accessibility);
                await signer.SignInAsync(BrowserApp.Users[role]);
                await signer.GoAsync(recordUrl);
                await signer.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sign as" }).First.ClickAsync();
                await signer.CheckAccessibilityAsync();
                switch (answers)
                {
                    case "advice":
                        await signer.Page.Locator("#Input_ConfirmAdvice").CheckAsync();
                        break;
                    case "determination":
                        var determination = await signer.MainTextAsync();
                        Assert.Contains("Journey Outreach Programme", determination, StringComparison.Ordinal);
                        Assert.Contains("£100,000.00", determination, StringComparison.Ordinal);
                        Assert.Contains("Journey Chief Finance Officer", determination, StringComparison.Ordinal);

                        // Legislation is asked for only under an answer of No.
                        await Assertions.Expect(signer.Page.Locator("#Input_Legislation-FOIA-s31")).ToBeHiddenAsync();
                        await signer.Page.Locator("#Input_PublishRecord").CheckAsync();
                        await signer.Page.Locator("#Input_PublishReport").CheckAsync();
                        await signer.Page.Locator("#Input_PublishDetails-no").CheckAsync();
                        await Assertions.Expect(signer.Page.Locator("#Input_Legislation-FOIA-s31")).ToBeVisibleAsync();
                        await signer.Page.Locator("#Input_PublishDetails").CheckAsync();
                        await signer.ScreenshotAsync("determination");

                        // The preview opens beside the form, as the public would see it, and the answers stay put.
                        var preview = await signer.Page.Context.RunAndWaitForPageAsync(() =>
                            signer.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Preview the public page (opens in new tab)" }).ClickAsync());
                        await preview.WaitForLoadStateAsync();
                        Assert.Contains("Journey Outreach Programme", await preview.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
                        await new Journey(app, preview, _accessibility).CheckAccessibilityAsync();
                        await preview.CloseAsync();
                        await Assertions.Expect(signer.Page.Locator("#Input_PublishRecord")).ToBeCheckedAsync();
                        break;
                    default:
                        await signer.Page.Locator("#Input_Outcome").CheckAsync();
                        break;
                }

                await signer.FillAsync("Confirm it is you", BrowserApp.Password);
                await signer.ClickButtonAsync("Sign");
                Assert.Contains("signature recorded", await signer.MainTextAsync(), StringComparison.Ordinal);
            }

            var reader = await Journey.StartAsync(app, _accessibility);
            await reader.GoAsync("/");
            await reader.ScreenshotAsync("register");
            await reader.Page.GetByLabel("Search decisions").FillAsync("outreach workers");
            await reader.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            await reader.CheckAccessibilityAsync();
            await reader.ClickLinkAsync("Journey Outreach Programme");
            var page = await reader.MainTextAsync();
            Assert.Contains("£100,000.00", page, StringComparison.Ordinal);
            Assert.Contains("Signed electronically by Journey Police and Crime Commissioner", page, StringComparison.Ordinal);

            var download = await reader.Page.RunAndWaitForDownloadAsync(() => reader.Page.GetByRole(AriaRole.Link, new() { Name = "Download the decision record as a PDF" }).ClickAsync());
            var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
            Assert.True(pdf.AsSpan().StartsWith("%PDF"u8));

            var feed = await reader.Page.APIRequest.GetAsync("/decisions/feed.atom");
            Assert.Contains("Journey Outreach Programme", await feed.TextAsync(), StringComparison.Ordinal);
            foreach (var path in new[] { "/funding", "/accessibility", "/decisions?year=twenty", "/alerts/subscribe?q=outreach", "/alerts/check-your-email", "/alerts/privacy" })
            {
                await reader.GoAsync(path);
            }

            // The officers' other pages, checked for accessibility too.
            foreach (var path in new[] { "/admin", $"{new Uri(recordUrl).AbsolutePath}/timeline", $"{new Uri(recordUrl).AbsolutePath}/amend", "/admin/reports/panel", "/admin/alerts", "/account/security" })
            {
                await author.GoAsync(path);
            }
        });

    /// <summary>
    /// A resident follows a search by email: signs up from the filtered register, confirms from the emailed link,
    /// switches to a daily digest on the page the emails link to, and leaves from the unsubscribe link. The emails are
    /// read from the outbox, as the mail server would get them.
    /// </summary>
    [ChromiumFact]
    public async Task Reader_FollowsASearchByEmail_Confirms_SwitchesToADailyDigest_AndLeaves() =>
        await RunAsync(nameof(Reader_FollowsASearchByEmail_Confirms_SwitchesToADailyDigest_AndLeaves), () => Journey.StartAsync(app, _accessibility), async reader =>
        {
            const string email = "resident@journey.example";
            await reader.GoAsync("/decisions?q=people+zones");
            await reader.ClickLinkAsync("Get emails about these decisions");
            Assert.Contains("Decisions matching “people zones”", await reader.MainTextAsync(), StringComparison.Ordinal);
            await reader.ClickButtonAsync("Continue");
            Assert.Contains("Enter your email address", await reader.MainTextAsync(), StringComparison.Ordinal);
            await reader.FillAsync("Email address", email);
            await Assertions.Expect(reader.Page.GetByLabel("Straight away")).ToBeCheckedAsync();
            await reader.ClickButtonAsync("Continue");
            Assert.Contains("Check your email", await reader.MainTextAsync(), StringComparison.Ordinal);

            string body;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
                body = await db.OutboxMessages.Where(m => m.To == email).Select(m => m.Body).SingleAsync();
            }

            var link = new Uri(System.Text.RegularExpressions.Regex.Match(body, @"https?://\S+/alerts/confirm\?token=\S+").Value);
            await reader.GoAsync(link.PathAndQuery);
            await reader.ClickButtonAsync("Confirm");
            Assert.Contains("You are subscribed", await reader.MainTextAsync(), StringComparison.Ordinal);
            await reader.ClickLinkAsync("manage your subscriptions");
            await reader.ClickLinkAsync("Change");
            await reader.Page.GetByLabel("Once a day").CheckAsync();
            await reader.ClickButtonAsync("Save");
            var manage = await reader.MainTextAsync();
            Assert.Contains("Once a day", manage, StringComparison.Ordinal);
            var managePath = new Uri(reader.Page.Url).AbsolutePath;

            await reader.GoAsync(managePath.Replace("/manage/", "/unsubscribe/", StringComparison.Ordinal));
            await reader.ClickButtonAsync("Unsubscribe");
            Assert.Contains("You have unsubscribed", await reader.MainTextAsync(), StringComparison.Ordinal);
            await reader.GoAsync(managePath);
            Assert.Contains("You are not subscribed to any lists", await reader.MainTextAsync(), StringComparison.Ordinal);
        });

    [ChromiumFact]
    public async Task Author_PlansAKeyDecision_ThePublicReadsItOnTheForwardPlan() =>
        await RunAsync(nameof(Author_PlansAKeyDecision_ThePublicReadsItOnTheForwardPlan), () => Journey.StartAsync(app, _accessibility), async author =>
        {
            // A Panel member follows key decisions on the plan by email before the item is added.
            const string email = "panel.member@journey.example";
            var follower = await Journey.StartAsync(app, _accessibility);
            await follower.GoAsync("/forward-plan?key=yes");
            await follower.ClickLinkAsync("Get emails when these items change", check: false);
            Assert.Contains("Key decisions on the forward plan", await follower.MainTextAsync(), StringComparison.Ordinal);
            await follower.FillAsync("Email address", email);
            await follower.ClickButtonAsync("Continue", check: false);
            var confirmation = await OutboxBodyAsync(email, "Confirm");
            await follower.GoAsync(new Uri(System.Text.RegularExpressions.Regex.Match(confirmation, @"https?://\S+/alerts/confirm\?token=\S+").Value).PathAndQuery, check: false);
            await follower.ClickButtonAsync("Confirm", check: false);

            await author.SignInAsync(BrowserApp.Users[Roles.Author]);
            await author.GoAsync("/admin/forward-plan");
            await author.ClickButtonAsync("Add an item");
            await author.ClickButtonAsync("Publish on the forward plan");
            Assert.Contains("Enter a title", await author.MainTextAsync(), StringComparison.Ordinal);
            await author.FillAsync("Title", "Journey victims' hub");
            await author.FillAsync("What is to be decided", "Whether to fund a victims' hub in the city centre for three years.");
            await author.Page.GetByLabel("Decision maker").SelectOptionAsync("Commissioner");
            await author.FillAsync("Month", "4");
            await author.FillAsync("Year", "2027");
            await author.FillAsync("Estimated value (optional)", "750,000");
            await author.FillAsync("Lead officer", "Jane Smith, Head of Commissioning");
            await author.ClickButtonAsync("Publish on the forward plan");
            Assert.Contains("is on the forward plan", await author.MainTextAsync(), StringComparison.Ordinal);

            var reader = await Journey.StartAsync(app, _accessibility);
            await reader.GoAsync("/forward-plan");
            var plan = await reader.MainTextAsync();
            Assert.Contains("April 2027", plan, StringComparison.Ordinal);
            Assert.Contains("Journey victims' hub", plan, StringComparison.Ordinal);
            Assert.Contains("Yes: Its estimated value, £750,000.00", plan, StringComparison.Ordinal);
            await reader.GoAsync("/forward-plan?q=journey");
            await reader.GoAsync("/forward-plan/as-at");

            // The follower's email is queued as the background alerts queue it.
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<Web.Services.PlanAlerts>().QueueAsync(CancellationToken.None);
            }

            Assert.Contains("Journey victims' hub", await OutboxBodyAsync(email, "Forward plan: New"), StringComparison.Ordinal);
        });

    /// <summary>Waits for an email to <paramref name="to"/> whose subject starts so, as the outbox holds it for the mail server.</summary>
    private async Task<string> OutboxBodyAsync(string to, string subject)
    {
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); ; await Task.Delay(200))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
            if (await db.OutboxMessages.Where(m => m.To == to && m.Subject.StartsWith(subject)).Select(m => m.Body).FirstOrDefaultAsync() is { } body)
            {
                return body;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"No email to {to} starting “{subject}” within 60 s");
        }
    }

    /// <summary>
    /// A key decision drafted from a forward plan item first published ten days before: it cannot go for sign-off without
    /// the reason for taking it with less than 28 clear days' notice; the Monitoring Officer reads the reason at
    /// determination, and the published record, its plan item and the Panel report all show it.
    /// </summary>
    [ChromiumFact]
    public async Task Author_DraftsAKeyDecisionTenDaysAfterItWasPlanned_GivesTheUrgency_AndThePublicAndPanelReadIt() =>
        await RunAsync(nameof(Author_DraftsAKeyDecisionTenDaysAfterItWasPlanned_GivesTheUrgency_AndThePublicAndPanelReadIt), () => Journey.StartAsync(app, _accessibility), async author =>
        {
            const string reason = "The contractor's fixed price ends this month and the cells fail inspection next month.";
            Guid itemId;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<DecisionRecordsDbContext>();
                var planned = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-10);
                var item = new Web.Domain.PlanItem(Guid.NewGuid(), new Web.Domain.PlanItemDetails(
                    "Journey custody suite", "Whether to refurbish the custody suite.", Web.Domain.PlanDecisionMaker.Commissioner, planned.Year, planned.Month, null,
                    90_000_000, false, null, "Sam Lee, Estates", null, null, false, null, null), 50_000_000, planned);
                db.PlanItems.Add(item);
                await db.SaveChangesAsync();
                itemId = item.Id;
            }

            await author.SignInAsync(BrowserApp.Users[Roles.Author], check: false);
            await author.GoAsync($"/admin/forward-plan/{itemId}");
            await author.ClickButtonAsync("Start a draft decision record from this item", check: false);
            await author.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/admin/decisions/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
            var recordUrl = author.Page.Url;
            var today = DateTime.UtcNow;
            await author.GoAsync($"{new Uri(recordUrl).AbsolutePath}/details", check: false);
            await author.Page.Locator("[name='Input.RecordDate.Day']").FillAsync($"{today.Day}");
            await author.Page.Locator("[name='Input.RecordDate.Month']").FillAsync($"{today.Month}");
            await author.Page.Locator("[name='Input.RecordDate.Year']").FillAsync($"{today.Year}");
            await author.ClickButtonAsync("Save details", check: false);
            foreach (var (link, text) in new[] { ("Change summary of issue", "The custody suite needs work."), ("Change recommendations presented", "Approve the refurbishment.") })
            {
                await author.Page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
                await author.Page.Locator("textarea").FillAsync(text);
                await author.Page.Locator("main").GetByRole(AriaRole.Button).First.ClickAsync();
                await author.WaitForPageAsync();
            }

            await author.ClickLinkAsync("Submit for sign-off");
            Assert.Contains("has been on the forward plan for 9 clear days", await author.MainTextAsync(), StringComparison.Ordinal);
            await author.ClickLinkAsync("Give the reason for the exception or urgency");
            await author.Page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
            await author.Page.GetByLabel("No: special urgency").CheckAsync();
            await author.ClickButtonAsync("Save");
            Assert.Contains("Enter the reason the decision cannot wait", await author.MainTextAsync(), StringComparison.Ordinal);
            await Assertions.Expect(author.Page.GetByLabel("No: special urgency")).ToBeCheckedAsync();
            await author.FillAsync("Why can the decision not wait? (if it is an exception or urgent)", reason);
            await author.ClickButtonAsync("Save");
            await author.ClickLinkAsync("Submit for sign-off", check: false);
            await author.ClickButtonAsync("Submit for sign-off", check: false);
            Assert.Contains("Awaiting advice", await author.MainTextAsync(), StringComparison.Ordinal);

            foreach (var role in new[] { Roles.ChiefFinanceOfficer, Roles.MonitoringOfficer, Roles.Commissioner })
            {
                var signer = await Journey.StartAsync(app, _accessibility);
                await signer.SignInAsync(BrowserApp.Users[role], check: false);
                await signer.GoAsync(recordUrl, check: false);
                await signer.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sign as" }).First.ClickAsync();
                await (role == Roles.MonitoringOfficer ? signer.CheckAccessibilityAsync() : signer.WaitForPageAsync());
                if (role == Roles.ChiefFinanceOfficer)
                {
                    await signer.Page.Locator("#Input_ConfirmAdvice").CheckAsync();
                }
                else if (role == Roles.MonitoringOfficer)
                {
                    Assert.Contains("Special urgency: " + reason, await signer.MainTextAsync(), StringComparison.Ordinal);
                    await signer.Page.Locator("#Input_PublishRecord").CheckAsync();
                    await signer.Page.Locator("#Input_PublishReport").CheckAsync();
                    await signer.Page.Locator("#Input_PublishDetails").CheckAsync();
                }
                else
                {
                    await signer.Page.Locator("#Input_Outcome").CheckAsync();
                }

                await signer.FillAsync("Confirm it is you", BrowserApp.Password);
                await signer.ClickButtonAsync("Sign", check: false);
                Assert.Contains("signature recorded", await signer.MainTextAsync(), StringComparison.Ordinal);
            }

            var reader = await Journey.StartAsync(app, _accessibility);
            await reader.GoAsync("/forward-plan?status=decided");
            Assert.Contains("Special urgency: " + reason, await reader.Page.Locator($"#item-{itemId}").InnerTextAsync(), StringComparison.Ordinal);
            await reader.Page.Locator($"#item-{itemId}").GetByRole(AriaRole.Link).First.ClickAsync();
            await reader.CheckAccessibilityAsync();
            var page = await reader.MainTextAsync();
            Assert.Contains("9 clear days before the Commissioner decided it", page, StringComparison.Ordinal);
            Assert.Contains(reason, page, StringComparison.Ordinal);

            var panel = await Journey.StartAsync(app, _accessibility);
            await panel.SignInAsync(BrowserApp.Users[Roles.MonitoringOfficer], check: false);
            await panel.GoAsync("/admin/reports/panel");
            Assert.Contains("Special urgency: " + reason, await panel.Page.Locator("#notice-caption").Locator("xpath=..").InnerTextAsync(), StringComparison.Ordinal);
        });

    [ChromiumFact]
    public async Task Author_BuildsASixLineThreeYearTable_InTheEditorWithoutReloadingThePage() =>
        await RunAsync(nameof(Author_BuildsASixLineThreeYearTable_InTheEditorWithoutReloadingThePage), () => Journey.StartAsync(app, _accessibility), async author =>
        {
            await author.SignInAsync(BrowserApp.Users[Roles.Author]);
            var url = await DraftAsync(author, "Journey funding editor");
            await author.GoAsync(url);

            var loads = 0;
            author.Page.FrameNavigated += (_, frame) =>
            {
                if (frame == author.Page.MainFrame)
                {
                    loads++;
                }
            };
            await author.ClickLinkAsync("Add a funding table");
            await author.FillAsync("Caption", "Table 1");

            // Each thing the editor's script does is checked as the page then stands: a revealed question, a swapped form.
            await author.Page.GetByLabel("A breakdown of money counted elsewhere").CheckAsync();
            await Assertions.Expect(author.Page.GetByLabel("What does it break down?")).ToBeVisibleAsync();
            await author.CheckAccessibilityAsync();
            await author.Page.GetByLabel("Money this decision commits").CheckAsync();
            await Assertions.Expect(author.Page.GetByLabel("What does it break down?")).ToBeHiddenAsync();

            // A text column's heading is its name everywhere in the form as soon as it is typed.
            await author.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Add a text column" }).ClickAsync();
            await author.CheckAccessibilityAsync();
            await author.Page.GetByLabel("Heading of text column 2", new() { Exact = true }).FillAsync("Organisation");
            await Assertions.Expect(author.Page.Locator("#Input_AmountColumnsAt option[value='2']")).ToHaveTextAsync("After “Organisation”");
            await author.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Remove text column 2" }).ClickAsync();
            await author.CheckAccessibilityAsync();

            // The record is dated 2 February 2026: its financial year comes first.
            Assert.Equal("2025/26", await author.Page.GetByLabel("Financial year 1", new() { Exact = true }).InputValueAsync());
            for (var year = 2; year <= 3; year++)
            {
                await author.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Add a financial year" }).ClickAsync();
                await Assertions.Expect(author.Page.GetByLabel($"Financial year {year}", new() { Exact = true })).ToHaveValueAsync($"{2024 + year}/{25 + year}");
                await author.CheckAccessibilityAsync();
            }

            var years = new[] { "2025/26", "2026/27", "2027/28" };
            var checkedAddedLine = false;
            for (var line = 1; line <= 7; line++)
            {
                if (await author.Page.GetByLabel($"Line {line} Description", new() { Exact = true }).CountAsync() == 0)
                {
                    await author.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Add a line" }).ClickAsync();
                    if (!checkedAddedLine)
                    {
                        checkedAddedLine = true;
                        await author.CheckAccessibilityAsync();
                    }
                }

                await author.FillAsync($"Line {line} Description", $"Service {line}");
                foreach (var year in years)
                {
                    await author.FillAsync($"Line {line} {year}", $"{line},000");
                }
            }

            // Seven lines of 1,000 to 7,000 a year: 28,000 a year. Then one goes, and the last moves up.
            await Assertions.Expect(author.Page.Locator("[data-app-total='0']")).ToHaveTextAsync("£28,000.00");
            await author.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Remove line 3" }).ClickAsync();
            await Assertions.Expect(author.Page.Locator("[data-app-total='2']")).ToHaveTextAsync("£25,000.00");
            await author.CheckAccessibilityAsync();
            await author.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Up line 6" }).ClickAsync();
            await Assertions.Expect(author.Page.GetByLabel("Line 5 Description", new() { Exact = true })).ToHaveValueAsync("Service 7");
            await author.CheckAccessibilityAsync();
            await author.ScreenshotAsync("funding-editor");

            await author.ClickButtonAsync("Save table");
            var record = await author.MainTextAsync();
            Assert.Contains("£75,000.00", record, StringComparison.Ordinal);
            Assert.True(record.IndexOf("Service 7", StringComparison.Ordinal) < record.IndexOf("Service 6", StringComparison.Ordinal), "the moved line keeps its place");
            Assert.DoesNotContain("Service 3", record, StringComparison.Ordinal);
            Assert.True(loads <= 6, $"{loads} page loads to make the table");
        });

    [ChromiumFact]
    public async Task Reader_UsesTheRegisterOnAPhone_AndReadsAWideRecord() =>
        await RunAsync(nameof(Reader_UsesTheRegisterOnAPhone_AndReadsAWideRecord), () => Journey.StartAsync(app, _accessibility), async reader =>
        {
            await reader.GoAsync("/decisions");

            // On a phone the results come first, and the filters wait behind a toggle.
            await reader.Page.SetViewportSizeAsync(390, 800);
            var toggle = reader.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Show filters" });
            await Assertions.Expect(toggle).ToBeVisibleAsync();
            await Assertions.Expect(reader.Page.GetByLabel("Financial year of the decision", new() { Exact = true })).ToBeHiddenAsync();
            var firstResult = await reader.Page.Locator(".app-results a").First.BoundingBoxAsync();
            Assert.True(firstResult!.Y < 800, $"the first result is {firstResult.Y} px down");
            await toggle.ClickAsync();
            await Assertions.Expect(reader.Page.GetByLabel("Financial year of the decision", new() { Exact = true })).ToBeVisibleAsync();
            await reader.CheckAccessibilityAsync();

            await reader.GoAsync("/decisions?q=zzzzqqq");
            Assert.Contains("checking the spelling", await reader.MainTextAsync(), StringComparison.Ordinal);

            // EXE0003/20's appendix is wider than a phone: the year decided is reached by scrolling the table, not the page.
            await reader.GoAsync("/decisions/EXE0003-20");
            await reader.Page.SetViewportSizeAsync(1280, 800);
            var decided = reader.Page.Locator("main").GetByRole(AriaRole.Columnheader, new() { Name = "2020/21 budget (£)" }).Last;
            Assert.True(await decided.EvaluateAsync<bool>("th => th.getBoundingClientRect().right <= th.closest('[role=region]').getBoundingClientRect().right + 1"), "the year decided is in view beside the lines");
            await reader.ScreenshotAsync("decision");

            // A journalist given a copy of the PDF checks it.
            var copy = await reader.Page.APIRequest.GetAsync("/decisions/EXE0003-20.pdf");
            await reader.GoAsync("/verify");
            await reader.Page.GetByLabel("Upload the PDF").SetInputFilesAsync(new FilePayload { Name = "EXE0003-20.pdf", MimeType = "application/pdf", Buffer = await copy.BodyAsync() });
            await reader.ClickButtonAsync("Check the copy");
            var verdict = await reader.MainTextAsync();
            Assert.Contains("This is the current published version", verdict, StringComparison.Ordinal);
            Assert.Contains("Intact", verdict, StringComparison.Ordinal);
            await reader.GoAsync("/decisions/EXE0021-24");
            await reader.GoAsync("/funding");
            await reader.GoAsync("/accessibility");
        });

    /// <summary>A complete draft made through the pages, ready to submit; returns its address.</summary>
    private static async Task<string> DraftAsync(Journey author, string title)
    {
        await author.GoAsync("/admin/decisions/new");
        await author.FillAsync("Title", title);
        await author.Page.Locator("[name='Input.RecordDate.Day']").FillAsync("2");
        await author.Page.Locator("[name='Input.RecordDate.Month']").FillAsync("2");
        await author.Page.Locator("[name='Input.RecordDate.Year']").FillAsync("2026");
        await author.ClickButtonAsync("Save and continue");
        var url = author.Page.Url;
        foreach (var link in new[] { "Change summary of issue", "Change recommendations presented" })
        {
            await author.Page.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
            await author.Page.Locator("textarea").FillAsync($"{title}: {link}");
            await author.Page.Locator("main").GetByRole(AriaRole.Button).First.ClickAsync();
        }

        return url;
    }

    private async Task SignAsync(string role, string recordUrl, Func<IPage, Task> answer)
    {
        var signer = await Journey.StartAsync(app, _accessibility);
        await signer.SignInAsync(BrowserApp.Users[role]);
        await signer.GoAsync(recordUrl);
        await signer.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Sign as" }).First.ClickAsync();
        await signer.CheckAccessibilityAsync();
        await answer(signer.Page);
        await signer.FillAsync("Confirm it is you", BrowserApp.Password);
        await signer.ClickButtonAsync("Sign");
        Assert.Contains("signature recorded", await signer.MainTextAsync(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task MonitoringOfficer_ReturnsARecord_AuthorResubmits_SignaturesStartAgain() =>
        await RunAsync(nameof(MonitoringOfficer_ReturnsARecord_AuthorResubmits_SignaturesStartAgain), () => Journey.StartAsync(app, _accessibility), async author =>
        {
            await author.SignInAsync(BrowserApp.Users[Roles.Author]);
            var url = await DraftAsync(author, "Journey returned record");
            await author.GoAsync(url);
            await author.ClickLinkAsync("Submit for sign-off");
            await author.ClickButtonAsync("Submit for sign-off");
            await SignAsync(Roles.ChiefFinanceOfficer, url, page => page.Locator("#Input_ConfirmAdvice").CheckAsync());

            var mo = await Journey.StartAsync(app, _accessibility);
            await mo.SignInAsync(BrowserApp.Users[Roles.MonitoringOfficer]);
            await mo.GoAsync(url);
            await mo.ClickLinkAsync("Return to author");
            await mo.ClickButtonAsync("Return to author");
            Assert.Contains("Enter why you are returning the record", await mo.MainTextAsync(), StringComparison.Ordinal);
            await mo.Page.Locator("textarea").FillAsync("Name the delivery organisation.");
            await mo.ClickButtonAsync("Return to author");
            Assert.Contains("returned to its author", await mo.MainTextAsync(), StringComparison.Ordinal);

            await author.GoAsync(url);
            var text = await author.MainTextAsync();
            Assert.Contains("Name the delivery organisation.", text, StringComparison.Ordinal);
            Assert.Contains("Not yet signed", text, StringComparison.Ordinal);
            await author.ClickLinkAsync("Submit for sign-off");
            await author.ClickButtonAsync("Submit for sign-off");
            await SignAsync(Roles.ChiefFinanceOfficer, url, page => page.Locator("#Input_ConfirmAdvice").CheckAsync());
            await author.GoAsync(url);
            Assert.Single(await author.Page.Locator(".app-signature .govuk-tag--green").AllAsync());
        });

    [ChromiumFact]
    public async Task WithheldRecord_ThePublicSeesOnlyItsStub() =>
        await RunAsync(nameof(WithheldRecord_ThePublicSeesOnlyItsStub), () => Journey.StartAsync(app, _accessibility), async author =>
        {
            await author.SignInAsync(BrowserApp.Users[Roles.Author]);
            var url = await DraftAsync(author, "Journey withheld record");
            await author.GoAsync(url);
            var reference = (await author.Page.Locator("main .govuk-caption-l").First.InnerTextAsync()).Trim();
            await author.ClickLinkAsync("Submit for sign-off");
            await author.ClickButtonAsync("Submit for sign-off");
            await SignAsync(Roles.ChiefFinanceOfficer, url, page => page.Locator("#Input_ConfirmAdvice").CheckAsync());
            await SignAsync(Roles.MonitoringOfficer, url, async page =>
            {
                await page.Locator("#Input_PublishRecord-no").CheckAsync();

                // A record that is not published has no report or details to publish: those questions go away.
                await Assertions.Expect(page.Locator("#Input_PublishReport")).ToBeHiddenAsync();
                await Assertions.Expect(page.Locator("#Input_PublishDetails")).ToBeHiddenAsync();
                await page.Locator("#Input_Reasons").FillAsync("Prejudice to the prevention of crime");
                await page.Locator("#Input_Legislation-FOIA-s31").CheckAsync();
            });
            await SignAsync(Roles.Commissioner, url, page => page.Locator("#Input_Outcome").CheckAsync());

            var reader = await Journey.StartAsync(app, _accessibility);
            await reader.GoAsync("/decisions");
            var stubLink = reader.Page.Locator(".app-results a").Filter(new() { HasText = reference }).First;
            Assert.DoesNotContain("Journey withheld record", await reader.MainTextAsync(), StringComparison.Ordinal);
            await stubLink.ClickAsync();
            await reader.CheckAccessibilityAsync();
            var stub = await reader.MainTextAsync();
            Assert.Contains("Decision record not published", stub, StringComparison.Ordinal);
            Assert.Contains("Prejudice to the prevention of crime", stub, StringComparison.Ordinal);
            Assert.DoesNotContain("Journey withheld record", stub, StringComparison.Ordinal);
        });

    [ChromiumFact]
    public async Task Author_UsesOnlyTheKeyboard_ToCreateARecord() =>
        await RunAsync(nameof(Author_UsesOnlyTheKeyboard_ToCreateARecord), () => Journey.StartAsync(app, _accessibility), async author =>
        {
            await author.GoAsync("/account/sign-in");
            var keyboard = author.Page.Keyboard;

            // The skip link is the first thing Tab reaches.
            await keyboard.PressAsync("Tab");
            Assert.Equal("Skip to main content", await author.Page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
            await author.Page.Locator("#Input_Email").FocusAsync();
            await keyboard.TypeAsync(BrowserApp.Users[Roles.Author]);
            await keyboard.PressAsync("Tab");
            await keyboard.TypeAsync(BrowserApp.Password);
            await keyboard.PressAsync("Enter");
            await author.Page.WaitForURLAsync("**/admin");
            await author.CheckAccessibilityAsync();

            await author.GoAsync("/admin/decisions/new");
            await author.Page.Locator("#Input_Title").FocusAsync();
            await keyboard.TypeAsync("Keyboard only record");
            await keyboard.PressAsync("Enter");
            await author.Page.WaitForURLAsync("**/admin/decisions/*-*-*-*-*");
            Assert.Contains("Keyboard only record", await author.MainTextAsync(), StringComparison.Ordinal);
            await author.CheckAccessibilityAsync();
        });

    [ChromiumFact]
    public async Task AccessibilityCheck_OnAPageWithKnownFaults_ReportsThem()
    {
        var problems = new List<string>();
        var journey = await Journey.StartAsync(app, problems);
        await journey.Page.SetContentAsync("<html><body><img src=\"x.png\"><input type=\"text\"><a href=\"/\"></a></body></html>");

        await journey.CheckAccessibilityAsync();

        Assert.Contains(problems, p => p.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("label", StringComparison.Ordinal));
    }
}
