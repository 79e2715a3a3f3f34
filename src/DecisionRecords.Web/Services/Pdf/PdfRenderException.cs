using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace DecisionRecords.Web.Services.Pdf;

public sealed class PdfRenderException(string message, Exception? inner = null) : Exception(message, inner);
