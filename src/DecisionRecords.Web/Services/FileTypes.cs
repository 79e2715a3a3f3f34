using System.IO.Compression;

namespace DecisionRecords.Web.Services;

/// <summary>Recognises supporting documents by their content, never by their file name.</summary>
public static class FileTypes
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string LegacyOffice = "application/x-ole-storage";

    /// <summary>The content type of a PDF, Word or Excel document, or null for anything else.</summary>
    public static string? Detect(byte[] data)
    {
        if (data.AsSpan().StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (data.AsSpan().StartsWith(OleMagic))
        {
            return LegacyOffice;
        }

        if (!data.AsSpan().StartsWith(ZipMagic))
        {
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            if (zip.GetEntry("word/document.xml") is not null)
            {
                return Docx;
            }

            return zip.GetEntry("xl/workbook.xml") is not null ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static string Extension(string contentType) => contentType switch
    {
        Pdf => ".pdf",
        Docx => ".docx",
        Xlsx => ".xlsx",
        _ => ".doc",
    };
}
