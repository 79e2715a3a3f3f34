using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Services.Import;
using UglyToad.PdfPig.Writer;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>The seed records as Word documents printed to PDF by a word processor read as the same records as their text.</summary>
public class PdfImportTests
{
    private static readonly string[] Records = ["EXE0003-20", "EXE0005-21", "EXE0019-24", "EXE0021-24"];

    private static readonly Lazy<Task<IReadOnlyDictionary<string, byte[]>>> Pdfs = new(() =>
        LibreOffice.ToPdfAsync(Records.Append("board-report-2024-03-22").ToDictionary(r => r, r => Docx.FromText(Seeds.Read($"{r}.txt")))));

    [LibreOfficeFact]
    public async Task SeedRecordsPrintedFromWord_ReadFieldByFieldAsTheirText()
    {
        var pdfs = await Pdfs.Value;
        foreach (var name in Records)
        {
            var fromText = LegacyRecordParser.Parse(Seeds.Read($"{name}.txt"));
            var fromPdf = LegacyRecordParser.Parse(LegacyImporter.ReadText($"{name}.pdf", pdfs[name]));
            Assert.Equal(RecordProjection.Of(fromText), RecordProjection.Of(fromPdf));
        }
    }

    [LibreOfficeFact]
    public async Task ABoardReportPrintedFromWord_IsStillRefusedAsNotADecisionRecord()
    {
        var pdf = (await Pdfs.Value)["board-report-2024-03-22"];
        var refusal = Assert.Throws<ImportRefusedException>(() => LegacyRecordParser.Parse(LegacyImporter.ReadText("board.pdf", pdf)));
        Assert.Contains("not a decision record", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScannedPdf_WithNoTextLayer_IsRefusedSayingSo()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new UglyToad.PdfPig.Core.PdfPoint(50, 50), 400, 600, 2, fill: true);

        var refusal = Assert.Throws<ImportRefusedException>(() => LegacyImporter.ReadText("scan.pdf", builder.Build()));

        Assert.Contains("no text layer", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedPdf_IsRefusedNotThrown()
    {
        var refusal = Assert.Throws<ImportRefusedException>(() => LegacyImporter.ReadText("broken.pdf", "%PDF-1.7\n%âãÏÓ\nthis is not a PDF body"u8.ToArray()));
        Assert.Contains("cannot be opened", refusal.Message, StringComparison.Ordinal);
    }
}
