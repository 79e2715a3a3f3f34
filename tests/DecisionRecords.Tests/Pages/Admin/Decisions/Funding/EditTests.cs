using System.Globalization;
using System.Net;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Tests.Pages.Admin.Decisions.Funding;

public class EditTests(TestApp app) : PageTest(app)
{
    internal static Dictionary<string, string> Layout(int version, string caption, string[] columns, string[] years, string[] headings, int amountsAt, string? paste = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Caption"] = caption,
            ["Input.IncludeInTotal"] = "true",
            ["Input.AmountColumnsAt"] = amountsAt.ToString(CultureInfo.InvariantCulture),
            ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Action"] = paste is null ? "save" : "paste",
        };
        for (var i = 0; i < columns.Length; i++)
        {
            fields[$"Input.Columns[{i}]"] = columns[i];
        }

        for (var i = 0; i < years.Length; i++)
        {
            fields[$"Input.Years[{i}]"] = years[i];
            fields[$"Input.AmountHeadings[{i}]"] = headings[i];
        }

        if (paste is not null)
        {
            fields["Input.Paste"] = paste;
        }

        return fields;
    }

    private async Task<HttpResponseMessage> PasteThenSaveAsync(HttpClient author, Guid id, Dictionary<string, string> layout)
    {
        var pasted = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", layout);
        Assert.Equal(HttpStatusCode.OK, pasted.StatusCode);
        var document = await pasted.ReadDocumentAsync();
        Assert.Contains("Added", document.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        return await author.PostFormAsync($"/admin/decisions/{id}/funding/new", document.FormFields(overrides: new() { ["Action"] = "save" }));
    }

    [Fact]
    public async Task Get_NewTable_StartsWithTheRecordsFinancialYearAndPoundPrefixes()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("Dated 13 March 2024");

        var page = await author.GetDocumentAsync($"/admin/decisions/{id}/funding/new");

        Assert.Equal("2023/24", page.QuerySelector("#Input_Years_0_")!.GetAttribute("value"));
        Assert.Equal("Heading for the 2023/24 column (optional)", page.QuerySelector("label[for='Input_AmountHeadings_0_']")!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll("input[data-app-amount]"), input => Assert.Equal("£", input.ParentElement!.QuerySelector(".govuk-input__prefix")!.TextContent));
    }

    [Fact]
    public async Task Post_DraftingExe0003_20_BothTablesShowTheSeedDocumentsTotals()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("Commissioning Framework");

        var table1 = await PasteThenSaveAsync(author, id, Layout((await App.LoadAsync(id)).Version, "Table 1.",
            ["Service area", "Service description"], ["2020/21"], ["Approved spend (£)"], 1, Seeds.Exe0003Table1Rows));
        Assert.Equal(HttpStatusCode.Redirect, table1.StatusCode);

        var appendix = await PasteThenSaveAsync(author, id, Layout((await App.LoadAsync(id)).Version,
            "Appendix A - Commissioning budget 2018-2021 with revised committed figures for 2020-21",
            ["Service Name", "Current delivery organisation", "Provision", "How service is Commissioned?", "Geographical reach"],
            ["2018/19", "2019/20", "2020/21"], ["2018/19 budget (£)", "2019/20 budget (£)", "2020/21 budget (£)"], 4, Seeds.Exe0003AppendixRows));
        Assert.Equal(HttpStatusCode.Redirect, appendix.StatusCode);

        var record = await App.LoadAsync(id);
        var tables = record.FundingTables.OrderBy(t => t.Position).ToList();
        Assert.Equal(114_843_25L, tables[0].Totals().GrandTotalPence);
        Assert.Equal(44, tables[1].Lines.Count);
        Assert.Equal(4_395_961_00L, tables[1].Totals().ColumnTotalPence("2020/21"));
        Assert.Equal(["VICTIMS", "VULNERABLE", "PREVENTION", "CROSS CUTTING"], tables[1].Totals().Groups().Select(g => g.Key));

        var page = await author.GetDocumentAsync($"/admin/decisions/{id}");
        var appendixTable = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("Appendix A", StringComparison.Ordinal));
        var subtotalRows = appendixTable.QuerySelectorAll("tr.app-table__total-row").Select(r => r.TextContent).ToList();
        Assert.Contains(subtotalRows, r => r.Contains("VICTIMS subtotal", StringComparison.Ordinal) && r.Contains("£1,395,707.00", StringComparison.Ordinal));
        Assert.Contains(subtotalRows, r => r.Contains("Grand total", StringComparison.Ordinal) && r.Contains("£4,283,405.00", StringComparison.Ordinal)
            && r.Contains("£4,316,550.00", StringComparison.Ordinal) && r.Contains("£4,395,961.00", StringComparison.Ordinal));
        var headings = appendixTable.QuerySelectorAll("thead th").Select(h => h.TextContent).ToList();
        Assert.Equal(["Service Name", "Current delivery organisation", "Provision", "How service is Commissioned?", "2018/19 budget (£)", "2019/20 budget (£)", "2020/21 budget (£)", "Geographical reach"], headings);
        Assert.Contains("£114,843.25", page.QuerySelectorAll("table")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await AuditEventsAsync(id)).Count(e => e.EventType == AuditEventTypes.FundingTableAdded));
    }

    [Fact]
    public async Task Post_UnreadableAmount_Returns400NextToTheCellAndKeepsEveryCell()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var fields = Layout((await App.LoadAsync(id)).Version, "Budget", ["Description"], ["2024/25"], [""], 1);
        fields["Input.Lines[0].Texts[0]"] = "Grant funding";
        fields["Input.Lines[0].Amounts[0]"] = "£120,000.00";
        fields["Input.Lines[1].Texts[0]"] = "Budget total";
        fields["Input.Lines[1].Amounts[0]"] = "£148,000,00";
        fields["Input.Years[0]"] = "2024/26";

        var response = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("Enter financial year 1 like 2024/25, with consecutive years", document.InlineError("Input_Years_0_"));
        Assert.Equal("Enter the column 1 amount on line 2 in pounds, like £1,234.50, 1234.5 or 1,234, or (500) for a credit", document.InlineError("Input_Lines_1__Amounts_0_"));
        Assert.Equal("£148,000,00", document.ValueOf("Input_Lines_1__Amounts_0_"));
        Assert.Equal("£120,000.00", document.ValueOf("Input_Lines_0__Amounts_0_"));
        Assert.Equal("2024/26", document.ValueOf("Input_Years_0_"));
        Assert.Empty((await App.LoadAsync(id)).FundingTables);
    }

    [Fact]
    public async Task Post_LayoutActions_ChangeTheFormWithoutSaving()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var fields = Layout((await App.LoadAsync(id)).Version, "", ["Description"], ["2020/21"], [""], 1);
        fields["Input.Lines[0].Texts[0]"] = "MUGA Courts";
        fields["Input.Lines[0].Amounts[0]"] = "not yet known";
        fields["Action"] = "add-year";

        var addYear = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", fields);
        Assert.Equal(HttpStatusCode.OK, addYear.StatusCode);
        var document = await addYear.ReadDocumentAsync();
        Assert.Equal("2021/22", document.ValueOf("Input_Years_1_"));
        Assert.Equal("not yet known", document.ValueOf("Input_Lines_0__Amounts_0_"));
        Assert.Equal("", document.ValueOf("Input_Lines_0__Amounts_1_"));
        Assert.Empty(document.ErrorSummary());

        var addLine = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", document.FormFields(overrides: new() { ["Action"] = "add-line" }));
        var withLine = await addLine.ReadDocumentAsync();
        Assert.NotNull(withLine.GetElementById("Input_Lines_1__Texts_0_"));

        var moved = await (await author.PostFormAsync($"/admin/decisions/{id}/funding/new", withLine.FormFields(overrides: new() { ["Action"] = "down-0" }))).ReadDocumentAsync();
        Assert.Equal("MUGA Courts", moved.ValueOf("Input_Lines_1__Texts_0_"));
        Assert.Empty((await App.LoadAsync(id)).FundingTables);
    }

    [Fact]
    public async Task Post_EditExistingTableWithStaleVersion_KeepsMyLinesAndShowsTheSavedTable()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var fields = Layout((await App.LoadAsync(id)).Version, "Table 1", ["Description"], ["2024/25"], [""], 1);
        fields["Input.Lines[0].Texts[0]"] = "Events";
        fields["Input.Lines[0].Amounts[0]"] = "3,500";
        await author.PostFormAsync($"/admin/decisions/{id}/funding/new", fields);
        var record = await App.LoadAsync(id);
        var tableId = record.FundingTables.Single().Id;
        var editForm = await author.GetDocumentAsync($"/admin/decisions/{id}/funding/{tableId}");
        var mine = editForm.FormFields(overrides: new() { ["Action"] = "save", ["Input.Lines[0].Amounts[0]"] = "4,000" });

        var theirs = editForm.FormFields(overrides: new() { ["Action"] = "save", ["Input.Lines[0].Amounts[0]"] = "3,750" });
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/decisions/{id}/funding/{tableId}", theirs)).StatusCode);
        var response = await author.PostFormAsync($"/admin/decisions/{id}/funding/{tableId}", mine);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var document = await response.ReadDocumentAsync();
        Assert.Equal("4,000", document.ValueOf("Input_Lines_0__Amounts_0_"));
        Assert.Contains("£3,750.00", document.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var saved = (await App.LoadAsync(id)).FundingTables.Single();
        Assert.Equal(3_750_00L, saved.Totals().GrandTotalPence);
    }

    [Fact]
    public async Task Post_DeleteTable_RemovesItAndAudits()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync();
        var fields = Layout((await App.LoadAsync(id)).Version, "Table to delete", ["Description"], ["2024/25"], [""], 1);
        fields["Input.Lines[0].Texts[0]"] = "Line";
        fields["Input.Lines[0].Amounts[0]"] = "1";
        await author.PostFormAsync($"/admin/decisions/{id}/funding/new", fields);
        var tableId = (await App.LoadAsync(id)).FundingTables.Single().Id;

        var response = await author.PostFormAsync($"/admin/decisions/{id}/funding/{tableId}/delete", new() { ["version"] = (await App.LoadAsync(id)).Version.ToString(CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty((await App.LoadAsync(id)).FundingTables);
        Assert.Equal(AuditEventTypes.FundingTableRemoved, (await AuditEventsAsync(id)).Last().EventType);
    }

    [Fact]
    public async Task Post_PasteFromASpreadsheet_KeepsRealLinesNamesWhatItLeavesOutAndFlagsABadAmountOnItsCell()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("Navigators");
        var rows = "Organisation\tProject\t2024/25\t2025/26\t2026/27\n" +
            "UHL\tTotal Place hospital navigators\t25,000\t25,000\t25,000\n" +
            "Leicestershire Police\tHate Crime Hub\t10,000\t10,000\t10,000\n" +
            "Leicestershire County Council\tASB training\t2,500.5O\t\t\n" +
            "Rutland County Council\tCSP grant\t1,000\t1,000\t1,000\n" +
            "Total\t\t38,500.50\t36,000\t36,000";
        var layout = Layout((await App.LoadAsync(id)).Version, "Navigators", ["Project", "Organisation"], ["2024/25", "2025/26", "2026/27"], ["", "", ""], 2, rows);

        var pasted = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", layout);

        var page = await pasted.ReadDocumentAsync();
        var notice = page.QuerySelector(".govuk-inset-text")!.TextContent;
        Assert.Contains("Added 5 lines", notice, StringComparison.Ordinal);
        Assert.Contains("left out 1 heading rows", notice, StringComparison.Ordinal);

        // The total does not add up (the typo amount is not money), so it is kept for the user to check, and named.
        Assert.Contains("Kept “Total” as lines", notice, StringComparison.Ordinal);
        var fields = page.FormFields();
        Assert.Equal("Total Place hospital navigators", fields["Input.Lines[0].Texts[0]"]);
        Assert.Equal("UHL", fields["Input.Lines[0].Texts[1]"]);
        Assert.Equal("25,000", fields["Input.Lines[0].Amounts[0]"]);
        Assert.Equal("2,500.5O", fields["Input.Lines[2].Amounts[0]"]);
        Assert.Equal("Enter the 2024/25 amount on line 3 in pounds, like £1,234.50, 1234.5 or 1,234, or (500) for a credit", page.QuerySelector("#Input_Lines_2__Amounts_0_-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.Empty((await App.LoadAsync(id)).FundingTables);
    }

    [Fact]
    public async Task Post_PastedRowsInAnotherColumnOrder_GoToTheirColumnsByWhatTheyHold()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("Pasted in the spreadsheet's order");
        var version = (await App.LoadAsync(id)).Version;

        // The table: Description, the two years, then Organisation; the spreadsheet: Description, Organisation, the years.
        var rows = "Grant to victims\tCatch 22\t1,000\t2,000\nMentoring\tTurning Point\t(500)\t-250\nYouth work\tCatch 22\t300\t400";
        var saved = await PasteThenSaveAsync(author, id, Layout(version, "Table 1", ["Description", "Organisation"], ["2024/25", "2025/26"], ["", ""], 1, rows));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var table = (await App.LoadAsync(id)).FundingTables.Single();
        var lines = table.OrderedLines.ToList();
        Assert.Equal(["Grant to victims", "Catch 22"], lines[0].Texts);
        Assert.Equal(["Mentoring", "Turning Point"], lines[1].Texts);
        Assert.Equal(-500_00L, table.LineAmount(lines[1], "2024/25"));
        Assert.Equal(-250_00L, table.LineAmount(lines[1], "2025/26"));
        Assert.Equal(1_000_00L + 2_000_00L - 500_00L - 250_00L + 300_00L + 400_00L, Web.Services.PublishedTable.From(table, applyExemptions: false).GrandTotalPence);
    }

    [Fact]
    public async Task Post_PastedRowsThatCannotBeMatched_AreSaidOnceAndKept()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("Pasted with too many columns");
        var version = (await App.LoadAsync(id)).Version;
        var rows = "Grant\tCatch 22\tLeicester\t1,000\t2,000\t3,000\nMentoring\tTurning Point\tRutland\t500\t250\t100";

        var response = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", Layout(version, "Table 1", ["Description"], ["2024/25"], [""], 1, rows));

        var page = await response.ReadDocumentAsync();
        Assert.Equal(
            ["The pasted rows have 3 columns of text and 3 columns of amounts, but this table has 1 text column and 1 year. Add the columns the rows need, or paste them with a heading row that names the table's columns."],
            page.ErrorSummary());
        Assert.Equal(rows, page.QuerySelector("#Input_Paste")!.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n'));
        Assert.NotNull(page.QuerySelector("details[open] #Input_Paste"));
        Assert.DoesNotContain(page.QuerySelectorAll("input[name^='Input.Lines']"), i => i.GetAttribute("value") == "Catch 22");
    }

    [Fact]
    public async Task Post_CreditsWrittenAsAccountsWriteThem_AreSavedAsNegativeAmounts()
    {
        var author = await AsAsync(Roles.Author);
        var id = await author.CreateRecordAsync("A refund");
        var fields = Layout((await App.LoadAsync(id)).Version, "Table 1", ["Description"], ["2024/25"], [""], 1);
        fields["Input.Lines[0].Texts[0]"] = "Grant";
        fields["Input.Lines[0].Amounts[0]"] = "£1,000";
        fields["Input.Lines[1].Texts[0]"] = "Refund";
        fields["Input.Lines[1].Amounts[0]"] = "(1,000.50)";
        fields["Input.Lines[2].Texts[0]"] = "Saving";
        fields["Input.Lines[2].Amounts[0]"] = "-£99.50";

        var saved = await author.PostFormAsync($"/admin/decisions/{id}/funding/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var table = (await App.LoadAsync(id)).FundingTables.Single();
        Assert.Equal([1_000_00L, -1_000_50L, -99_50L], table.OrderedLines.Select(l => table.LineAmount(l, "2024/25")));
    }

    [Fact]
    public async Task Get_TheTitle_SaysItsLimitAsItIsTyped()
    {
        var author = await AsAsync(Roles.Author);

        var page = await author.GetDocumentAsync("/admin/decisions/new");

        var group = page.QuerySelector("#Input_Title")!.Closest(".govuk-form-group")!;
        Assert.Equal("govuk-character-count", group.GetAttribute("data-module"));
        Assert.Equal(DecisionRecord.TitleMaxLength.ToString(CultureInfo.InvariantCulture), group.GetAttribute("data-maxlength"));
        Assert.Contains("Input_Title-info", page.QuerySelector("#Input_Title")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }
}
