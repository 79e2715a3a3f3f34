using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;

namespace DecisionRecords.Web.Services.Sealing;

/// <summary>Seals a printed PDF with the office's certificate: one invisible signature over the whole file, on its last page.</summary>
public class PdfSealer(SealCertificates certificates, Microsoft.Extensions.Options.IOptions<OrganisationOptions> organisation)
{
    /// <summary>The certificate new seals are made with; null (and <see cref="SealCertificates.Problem"/> says why) when there is none.</summary>
    public SealCertificate? Certificate => certificates.Usable;

    public async Task<byte[]> SealAsync(byte[] pdf, string reason)
    {
        var certificate = certificates.Usable ?? throw new InvalidOperationException(certificates.Problem);
        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        using var output = new MemoryStream(pdf.Length + 32_768);
        DigitalSignatureHandler.ForDocument(document, new PadesSigner(certificate, output), new DigitalSignatureOptions
        {
            Reason = reason,
            Location = organisation.Value.OfficeName,
            ContactInfo = organisation.Value.OfficeName,
            AppName = "DecisionRecords",
            PageIndex = document.PageCount - 1,
            Rectangle = new XRect(0, 0, 0, 0),
            AppearanceHandler = new NoAppearance(),
        });
        await document.SaveAsync(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The seal is not drawn: the audit certificate page says in words who sealed the file.</summary>
    private sealed class NoAppearance : IAnnotationAppearanceHandler
    {
        public void DrawAppearance(XGraphics gfx, XRect rect)
        {
        }
    }
}
