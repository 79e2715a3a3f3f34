using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace DecisionRecords.Web.Services.Pdf;

public sealed record PdfDocument(string Html, string HeaderText, string FooterText);
