using System.Globalization;
using System.Net;
using System.Text.Json;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Tests.Pages.Admin.Decisions;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Tests.Pages.Decisions;

/// <summary>
/// The public record says what the original says: blank answers blank, unwritten names unwritten or marked as inferred,
/// stated figures beside computed ones, the value of each decision as a reader would give it, formatting and order as
/// in the original, and dates that mean what they say. On the page, in the open data and on /funding.
/// </summary>
public class FaithfulRecordTests(TestApp app) : PageTest(app)
{
    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Where an element stands in the document: a table caption or a heading, to compare the order of parts.</summary>
    private static int PositionOf(AngleSharp.Html.Dom.IHtmlDocument page, string selector, string startsWith)
    {
        var all = page.All.ToList();
        var element = page.QuerySelectorAll(selector).First(e => Squash(e.TextContent).StartsWith(startsWith, StringComparison.Ordinal));
        return all.IndexOf(element);
    }

    private static string Answer(AngleSharp.Html.Dom.IHtmlDocument page, string question) =>
        Squash(page.QuerySelectorAll("main .govuk-summary-list__row").Single(r => Squash(r.QuerySelector("dt")!.TextContent).StartsWith(question, StringComparison.Ordinal)).QuerySelector("dd")!.TextContent);

    private async Task<string> PageTextAsync(string slug)
    {
        await App.ImportSeedsAsync();
        var page = await App.CreateAnonymousClient().GetDocumentAsync($"/decisions/{slug}");
        return Squash(page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Get_Exe0005_21_ShowsItsBlankAnswersAsBlankNeverAsYes()
    {
        await App.ImportSeedsAsync();
        var page = await App.CreateAnonymousClient().GetDocumentAsync("/decisions/EXE0005-21");

        Assert.Equal(RecordWording.NotOnOriginal, Answer(page, "It is appropriate to publish this record"));
        Assert.Equal(RecordWording.NotOnOriginal, Answer(page, "It is appropriate to publish the contents of the report"));
        Assert.Equal(RecordWording.NotOnOriginal, Answer(page, "It is appropriate to publish details of the decision"));
        Assert.DoesNotContain(page.QuerySelectorAll("main .govuk-summary-list__value"), v => Squash(v.TextContent) == "Yes");
        Assert.Contains("answer to “publish this record of decision” is blank on the original", Squash(page.QuerySelector("main")!.TextContent), StringComparison.Ordinal);
        Assert.Equal("None", Answer(page, "Reasons for any non-publication"));
    }

    [Fact]
    public async Task Get_Exe0019_24_ShowsTheBlankThirdAnswerAndReasonsAsBlank()
    {
        await App.ImportSeedsAsync();
        var page = await App.CreateAnonymousClient().GetDocumentAsync("/decisions/EXE0019-24");

        Assert.Equal("Yes", Answer(page, "It is appropriate to publish this record"));
        Assert.Equal(RecordWording.NotOnOriginal, Answer(page, "It is appropriate to publish details of the decision"));
        Assert.Equal(RecordWording.NotOnOriginal, Answer(page, "Reasons for any non-publication"));
    }

    [Fact]
    public async Task Get_AnUnwrittenCommissionerName_IsMarkedAsInferredEverywhereItIsShown()
    {
        foreach (var slug in new[] { "EXE0005-21", "EXE0003-20" })
        {
            var text = await PageTextAsync(slug);
            Assert.Contains("Name: Lord Bach (name not written on the original; the Commissioner on", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Signed on paper by Lord Bach", text, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(await App.CreateAnonymousClient().GetStringAsync("/decisions.json"));
        var notes = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("reference").GetString() == "EXE0003/20")
            .GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()!);
        Assert.Contains("The Commissioner's name is not written on the original; Lord Bach held the office on 31 March 2020, by the register's list of office holders.", notes);
    }

    [Theory]
    [InlineData("EXE0003-20", "£4,395,961.00", "4395961.00", "no", "", "£4,385,961")]
    [InlineData("EXE0005-21", "£525,000.00", "525000.00", "no", "525000.00", null)]
    [InlineData("EXE0021-24", "£148,000.00", "148000.00", "no", "148000.00", "£148,000,00")]
    [InlineData("EXE0019-24", "£140,705.06", "140705.06", "yes", "97905.01", null)]
    public async Task Headline_IsWhatTheDecisionIsWorthOnThePageAndInTheOpenData(string slug, string headline, string csvValue, string asStated, string itemised, string? statedBeside)
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var page = await client.GetDocumentAsync($"/decisions/{slug}");
        var row = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Value of the decision");
        var value = Squash(row.QuerySelector("dd")!.TextContent);

        Assert.StartsWith(headline, value, StringComparison.Ordinal);
        Assert.DoesNotContain("13,110,759", value, StringComparison.Ordinal);
        if (statedBeside is not null)
        {
            Assert.Contains($"The original record states {statedBeside}", value, StringComparison.Ordinal);
        }

        var csv = RegisterTests.ParseCsvDocument(await client.GetStringAsync("/decisions.csv"));
        var header = csv[0].ToList();
        var line = csv.Single(r => r[0] == page.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.Equal(csvValue, line[header.IndexOf("value_gbp")]);
        Assert.Equal(asStated, line[header.IndexOf("value_as_stated")]);
        Assert.Equal(itemised.Length == 0 ? "4395961.00" : itemised, line[header.IndexOf("itemised_gbp")]);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/decisions.json"));
        var decision = json.RootElement.GetProperty("decisions").EnumerateArray().Single(d => d.GetProperty("url").GetString()!.EndsWith($"/decisions/{slug}", StringComparison.Ordinal));
        Assert.Equal(decimal.Parse(csvValue, CultureInfo.InvariantCulture), decision.GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Contains(Web.Domain.Money.Format(long.Parse(csvValue.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)), await client.GetStringAsync("/decisions/feed.atom"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Exe0019_24_StatesTheTableTotalAsWrittenBesideTheComputedOne()
    {
        await App.ImportSeedsAsync();
        var page = await App.CreateAnonymousClient().GetDocumentAsync("/decisions/EXE0019-24");

        var table = page.QuerySelector("main table")!;
        var totals = table.QuerySelectorAll("tr.app-table__total-row");
        var total = totals[^1];
        Assert.Equal("£97,905.01", Squash(total.QuerySelector("td")!.TextContent));
        var stated = table.QuerySelector("tr.app-table__stated-row")!;
        Assert.Equal("As stated on the original (“Total”) £97,905.00", Squash(stated.TextContent));
        var value = Squash(page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Value of the decision").TextContent);
        Assert.Contains("as the record states it", value, StringComparison.Ordinal);
        Assert.Contains("Itemised funding: £97,905.01", value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EachDiscrepancy_IsInTheNotesBesideWhatItConcerns()
    {
        var exe0003 = await PageTextAsync("EXE0003-20");
        Assert.Contains("The record's text states a total of £4,385,961", exe0003, StringComparison.Ordinal);
        Assert.Contains("The Monitoring Officer's signature is dated 30 March 2020, before the Chief Executive or Chief Finance Officer's (31 March 2020)", exe0003, StringComparison.Ordinal);
        Assert.Contains("Notes on this record", exe0003, StringComparison.Ordinal);

        var exe0021 = await PageTextAsync("EXE0021-24");
        Assert.Contains("the “Budget total” row writes the 2024/25 total as “£148,000,00”", exe0021, StringComparison.Ordinal);
        Assert.Contains("The original record states £148,000,00", exe0021, StringComparison.Ordinal);

        var exe0019 = await PageTextAsync("EXE0019-24");
        Assert.Contains("the “Total” row gives £97,905.00 for 2024/25; the lines above it add to £97,905.01", exe0019, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Exe0021_24_KeepsTheBoldHeadingsParagraphsAndBulletListsOfItsLines()
    {
        await App.ImportSeedsAsync();
        var page = await App.CreateAnonymousClient().GetDocumentAsync("/decisions/EXE0021-24");

        var rows = page.QuerySelectorAll("main table tr").Where(r => r.QuerySelector("th.app-table__line-header") is not null).ToList();
        var grant = rows[0].QuerySelector("th")!;
        Assert.Equal("Grant funding", grant.QuerySelector("strong")!.TextContent);
        Assert.Equal(["Pride of place", "Health and Wellbeing", "Celebrating the People", "Community Safety"], grant.QuerySelectorAll("ul li").Select(li => li.TextContent));
        var payback = rows[1].QuerySelector("th")!;
        Assert.Equal(2, payback.QuerySelectorAll("ul").Length);
        Assert.Contains(payback.QuerySelectorAll("p"), p => p.TextContent == "The partnership works as below:");
        Assert.DoesNotContain("➤", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main .app-rich-text p strong"), s => s.TextContent == "Budget");
    }

    [Fact]
    public async Task Get_TablesStandWhereTheOriginalHasThem()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();

        var exe0003 = await client.GetDocumentAsync("/decisions/EXE0003-20");
        var approval = PositionOf(exe0003, "h2", "Office of PCC approval");
        var discussion = PositionOf(exe0003, "h2", "Key discussion points");
        Assert.True(PositionOf(exe0003, "h2", "Recommendations presented") < PositionOf(exe0003, "caption", "Table 1."));
        Assert.True(PositionOf(exe0003, "caption", "Table 1.") < discussion);
        Assert.True(discussion < approval);
        Assert.True(PositionOf(exe0003, "caption", "Appendix A - Commissioning budget") > approval);

        var exe0019 = await client.GetDocumentAsync("/decisions/EXE0019-24");
        var table = PositionOf(exe0019, "table", "");
        Assert.True(PositionOf(exe0019, "p", "The remaining £97,905 will be split") < table);
        Assert.True(PositionOf(exe0019, "p", "This funding is in addition to the yearly budget") > table);
    }

    [Fact]
    public async Task Get_ImportedRecords_SayWhenTheyWereAddedNotThatTheyWerePublishedThen()
    {
        var text = await PageTextAsync("EXE0021-24");
        Assert.Contains("Added to this register on 13 March 2026 from the office's archive. The date the office first published it is not known.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Published 13 March 2026", text, StringComparison.Ordinal);

        // Every row of a register that holds only the archive: on its own application, as other tests here publish drafts.
        await using var archiveOnly = new TestApp();
        await archiveOnly.ImportSeedsAsync();
        var csv = RegisterTests.ParseCsvDocument(await archiveOnly.CreateAnonymousClient().GetStringAsync("/decisions.csv"));
        Assert.Equal(5, csv.Count);
        var header = csv[0].ToList();
        Assert.All(csv.Skip(1), row =>
        {
            Assert.Equal("imported", row[header.IndexOf("origin")]);
            Assert.Equal("", row[header.IndexOf("first_published")]);
            Assert.StartsWith("2026-03-13T", row[header.IndexOf("added_to_register")], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Get_OpenData_IsPlainCsvWithOrganisationsRolesAndWhatCounts()
    {
        await App.ImportSeedsAsync();
        var client = App.CreateAnonymousClient();
        var decisions = await client.GetStringAsync("/decisions.csv");
        Assert.StartsWith("reference,title,decision_date,", decisions, StringComparison.Ordinal);
        Assert.DoesNotContain("\n#", "\n" + decisions, StringComparison.Ordinal);

        var lines = RegisterTests.ParseCsvDocument(await client.GetStringAsync("/funding-lines.csv"));
        var header = lines[0].ToList();
        string Cell(string[] row, string column) => row[header.IndexOf(column)];
        var victimFirst = lines.Where(r => r[0] == "EXE0003/20" && Cell(r, "description") == "Victim First").ToList();
        Assert.Equal(3, victimFirst.Count);
        Assert.All(victimFirst, r =>
        {
            Assert.Equal("Catch 22", Cell(r, "organisation"));
            Assert.Equal("commitment", Cell(r, "table_role"));
            Assert.Equal(Cell(r, "financial_year") == "2020/21" ? "yes" : "no", Cell(r, "counts_towards_value"));
            Assert.Contains("Geographical reach: LLR", Cell(r, "other_columns"), StringComparison.Ordinal);
        });
        Assert.All(lines.Where(r => r[0] == "EXE0003/20" && Cell(r, "table") == "Table 1."), r =>
        {
            Assert.Equal("breakdown", Cell(r, "table_role"));
            Assert.Equal("no", Cell(r, "counts_towards_value"));
        });
        Assert.Equal("£3,500.00.", lines.Single(r => r[0] == "EXE0021-24" && Cell(r, "description").StartsWith("Events", StringComparison.Ordinal))[header.IndexOf("amount_as_written")]);
    }

    [Fact]
    public async Task Get_Funding_CountsOnlyWhatDecisionsCommitNeverComparisonsOrBreakdowns()
    {
        // The totals of a register that holds only the archive: on its own application, as other tests here publish drafts.
        await using var archiveOnly = new TestApp();
        await archiveOnly.ImportSeedsAsync();
        var overview = await archiveOnly.CreateAnonymousClient().GetDocumentAsync("/funding");

        var table = overview.QuerySelectorAll("table")[0];
        var byYear = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        Assert.False(byYear.ContainsKey("2018/19"));
        Assert.False(byYear.ContainsKey("2019/20"));
        Assert.Equal("£4,470,961.00", byYear["2020/21"]);
        Assert.Equal("£212,500.00", byYear["2021/22"]);
        Assert.Equal("£225,000.00", byYear["2022/23"]);
        Assert.Equal("£12,500.00", byYear["2023/24"]);
        Assert.Equal("£245,905.01", byYear["2024/25"]);
        Assert.Equal("£5,166,866.01", table.QuerySelector("tfoot td")!.TextContent);
        Assert.DoesNotContain("13,881,664", overview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MonitoringOfficersExplanation_IsPublishedWithTheNoteInANewVersion()
    {
        await App.ImportSeedsAsync();
        var record = await QueryAsync(db => db.WholeRecords().AsNoTracking().SingleAsync(r => r.Slug == "EXE0003-20"));
        var note = record.Notes.Single(n => n.Kind == NoteKind.Arithmetic);
        var mo = await AsAsync(Roles.MonitoringOfficer);

        var form = await mo.GetDocumentAsync($"/admin/decisions/{record.Id}/notes/{note.Id}");
        Assert.Contains(note.Text, form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await mo.PostFormAsync($"/admin/decisions/{record.Id}/notes/{note.Id}", form.FormFields(overrides: new()
        {
            ["Input.Explanation"] = "The £10,000 difference is a late revision to the Victim First contract; the appendix is the approved figure.",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var text = await PageTextAsync("EXE0003-20");
        Assert.Contains("Monitoring Officer's explanation: The £10,000 difference is a late revision", text, StringComparison.Ordinal);
        var versions = await QueryAsync(db => db.PublishedVersions.Where(v => v.DecisionRecordId == record.Id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal(2, versions.Count);
        Assert.Equal("The Monitoring Officer explained a note on this record.", versions[1].ChangeNote);
        Assert.Equal(record.ValidSignatures.Select(s => s.Id), (await App.LoadAsync(record.Id)).ValidSignatures.Select(s => s.Id));
    }

    [Fact]
    public async Task DraftedRecord_TablesAsComparisonOrAppendix_CountAndStandAsTheDrafterSays()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateCompleteRecordAsync(App, "Record with an appendix of previous budgets");
        var added = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", new()
        {
            ["Input.Caption"] = "Appendix A - previous budgets",
            ["Input.Role"] = "Commitment",
            ["Input.Placement"] = "Appendix",
            ["Input.Columns[0]"] = "Service",
            ["Input.Years[0]"] = "2023/24",
            ["Input.YearCounts[0]"] = "false",
            ["Input.Years[1]"] = "2024/25",
            ["Input.YearCounts[1]"] = "true",
            ["Input.AmountColumnsAt"] = "1",
            ["Input.Lines[0].Texts[0]"] = "Events",
            ["Input.Lines[0].Amounts[0]"] = "9,000",
            ["Input.Lines[0].Amounts[1]"] = "3,500",
            ["Input.Version"] = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture),
            ["Action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var appendix = (await App.LoadAsync(id)).FundingTables.Single(t => t.Caption.StartsWith("Appendix", StringComparison.Ordinal));
        Assert.Equal(TablePlacement.Appendix, appendix.Placement);
        Assert.Equal(["2024/25"], appendix.CountedYears);

        await author.SubmitAsync(App, id);
        await (await AsAsync(Roles.ChiefFinanceOfficer)).SignAsync(id);
        await (await AsAsync(Roles.MonitoringOfficer)).SignAsync(id, DraftingHelpers.PublishAll);
        await (await AsAsync(Roles.Commissioner)).SignAsync(id);
        var record = await App.LoadAsync(id);
        Assert.Equal(DecisionStatus.Published, record.Status);
        Assert.True(record.Determination!.IsComplete);

        var page = await App.CreateAnonymousClient().GetDocumentAsync($"/decisions/{record.Slug}");
        Assert.True(PositionOf(page, "caption", "Appendix A - previous budgets") > PositionOf(page, "h2", "Office of PCC approval"));
        Assert.True(PositionOf(page, "caption", "Budget") < PositionOf(page, "h2", "Office of PCC approval"));
        var value = Squash(page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent == "Value of the decision").TextContent);
        Assert.StartsWith("Value of the decision £151,500.00", value, StringComparison.Ordinal);
        Assert.Contains("(for comparison, not counted)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordWording.NotOnOriginal, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#notes"));
    }
}
