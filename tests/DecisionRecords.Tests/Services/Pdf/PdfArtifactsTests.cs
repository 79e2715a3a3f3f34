using System.Text;
using DecisionRecords.Web.Services.Pdf;

namespace DecisionRecords.Tests.Services.Pdf;

public class PdfArtifactsTests
{
    private static string? Wrap(string content) =>
        PdfArtifacts.Wrap(Encoding.Latin1.GetBytes(content)) is { } wrapped ? Encoding.Latin1.GetString(wrapped) : null;

    [Fact]
    public void Wrap_MarksOnlyWhatIsOutsideMarkedContent()
    {
        var content = "q /G3 gs BT /F4 10 Tf 1 0 0 -1 427 42 Tm <0028> Tj ET\n"
            + "/P <</MCID 0>> BDC BT /F4 10 Tf (Body) Tj ET EMC\n"
            + "0 0 m 10 0 l S\n"
            + "/Artifact BMC 0 0 m 5 5 l S EMC\n"
            + "0 0 10 10 re W n\n"
            + "1 0 0 rg 0 0 10 10 re f Q";

        Assert.Equal(
            "q /G3 gs /Artifact BMC\nBT /F4 10 Tf 1 0 0 -1 427 42 Tm <0028> Tj ET\nEMC\n"
            + "/P <</MCID 0>> BDC BT /F4 10 Tf (Body) Tj ET EMC\n"
            + "/Artifact BMC\n0 0 m 10 0 l S\nEMC\n"
            + "/Artifact BMC 0 0 m 5 5 l S EMC\n"
            + "0 0 10 10 re W n\n"
            + "1 0 0 rg /Artifact BMC\n0 0 10 10 re f\nEMC Q",
            Wrap(content));
    }

    [Fact]
    public void Wrap_ReadsStringsAndDictionariesAsOperands()
    {
        // Operator names inside strings, names and dictionaries are not operators.
        var content = "/P <</MCID 1 /Alt (BT \\) EMC (nested) ET)>> BDC BT (EMC \\( BDC) Tj <4554> Tj ET EMC";

        Assert.Null(Wrap(content));
    }

    [Theory]
    [InlineData("BI /W 1 /H 1 ID \u00ff EI")]
    [InlineData("BT (unterminated Tj ET")]
    [InlineData("BT /P <</MCID 0>> BDC (inside) Tj EMC ET")]
    public void Wrap_LeavesAStreamItCannotReadSafelyAsItIs(string content)
    {
        Assert.Null(Wrap(content));
    }

    [Fact]
    public void Mark_APdfWithNothingOutsideMarkedContent_IsReturnedUnchanged()
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF");

        Assert.Same(pdf, PdfArtifacts.Mark(pdf));
    }
}
