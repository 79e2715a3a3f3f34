namespace DecisionRecords.Web.Services.Pdf;

public sealed class PdfRenderException(string message, Exception? inner = null) : Exception(message, inner);
