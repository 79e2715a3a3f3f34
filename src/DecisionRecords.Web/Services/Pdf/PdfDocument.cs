namespace DecisionRecords.Web.Services.Pdf;

public sealed record PdfDocument(string Html, string HeaderText, string FooterText);
