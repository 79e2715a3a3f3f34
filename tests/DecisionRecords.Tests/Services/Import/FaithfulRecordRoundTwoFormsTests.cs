using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>The same record of units, measures and a relation, as text, as Word and as a PDF from Word, reads alike.</summary>
public class FaithfulRecordRoundTwoFormsTests
{
    [LibreOfficeFact]
    public async Task UnitsMeasuresAndRelations_ReadAlike_AsTextWordAndPdf()
    {
        var text = Seeds.Read("EXE0021-24.txt");
        var start = text.IndexOf("<b>Description</b>", StringComparison.Ordinal);
        var end = text.IndexOf("**Key discussion points**", StringComparison.Ordinal);
        text = text[..start].Replace("For the financial year 2024/2025, a budget of £148,000,00 has been approved", "We recommend approval of the gross cost", StringComparison.Ordinal)
            + "Item\t2024/25 Net (£000s)\t2024/25 VAT (£000s)\t2024/25 Gross (£000s)\nLaptops\t10\t2\t12\nDesks\t5.5\t1.1\t6.6\nTotal\t15.5\t3.1\t18.6\n\nThis decision varies EXE0019-24.\n\n" + text[end..];
        var docx = Docx.FromText(text, asWordWrites: true);
        var pdf = (await LibreOffice.ToPdfAsync(new Dictionary<string, byte[]> { ["record"] = docx }))["record"];

        foreach (var (form, parsed) in new[] { ("text", LegacyRecordParser.Parse(text)), ("Word", LegacyRecordParser.Parse(DocxText.Read(docx))), ("PDF", LegacyRecordParser.Parse(LegacyImporter.ReadText("record.pdf", pdf))) })
        {
            var table = Assert.Single(parsed.Tables);
            Assert.True(table.Measures.SequenceEqual(["Net", "VAT", "Gross"]), $"{form}: {string.Join(", ", table.Measures)}");
            Assert.Equal(["£000s", "£000s", "£000s"], table.Units);
            Assert.Equal("Gross", table.ValueMeasure);
            Assert.Equal([12_000_00L, 6_600_00L], table.Lines.Select(l => l.Amounts.Single(a => a.Measure == "Gross").Pence));
            Assert.Equal(3, table.StatedTotals.Count);
            var relation = Assert.Single(parsed.Relations);
            Assert.Equal((RelationKind.Varies, "EXE0019-24"), (relation.Kind, relation.Reference));
        }
    }
}
