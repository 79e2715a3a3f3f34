namespace DecisionRecords.Web.Services.Pdf;

/// <summary>Turns a print view into a PDF. One small interface, so the renderer can be swapped.</summary>
public interface IPdfRenderer
{
    Task<byte[]> RenderAsync(PdfDocument document, CancellationToken cancellationToken);

    Task<bool> IsAvailableAsync(CancellationToken cancellationToken);
}
