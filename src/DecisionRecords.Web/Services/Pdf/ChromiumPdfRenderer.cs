using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>
/// Headless Chromium (Debian's package) driven by Playwright: one browser for the process, a bounded number of pages at
/// once, a relaunch when the browser has crashed or hung, and a timeout with a retry for each render.
/// </summary>
public sealed class ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer, IAsyncDisposable
{
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly SemaphoreSlim _renders = new(Math.Max(1, options.Value.MaxConcurrentRenders));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<byte[]> RenderAsync(PdfDocument document, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Exception? last = null;
        for (var attempt = 1; attempt <= Math.Max(1, settings.Attempts); attempt++)
        {
            await _renders.WaitAsync(cancellationToken);
            try
            {
                var clock = Stopwatch.StartNew();
                var pdf = await RenderOnceAsync(document, TimeSpan.FromSeconds(settings.TimeoutSeconds), cancellationToken);
                logger.LogInformation("Rendered a PDF of {Bytes} bytes in {Milliseconds} ms", pdf.Length, clock.ElapsedMilliseconds);
                return pdf;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or PdfRenderException && !cancellationToken.IsCancellationRequested)
            {
                last = ex;
                logger.LogWarning(ex, "PDF render attempt {Attempt} failed; relaunching the browser", attempt);
                await ResetAsync();
            }
            finally
            {
                _renders.Release();
            }
        }

        throw new PdfRenderException($"The PDF could not be made after {settings.Attempts} attempts: {last?.Message}", last);
    }

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            var browser = await BrowserAsync(cancellationToken);
            return browser.IsConnected;
        }
        catch (Exception ex) when (ex is PlaywrightException or PdfRenderException or TimeoutException)
        {
            logger.LogWarning(ex, "The PDF renderer is not available");
            return false;
        }
    }

    private async Task<byte[]> RenderOnceAsync(PdfDocument document, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)timeout.TotalMilliseconds);
        var render = RenderPageAsync(page, document);
        var finished = await Task.WhenAny(render, Task.Delay(timeout, cancellationToken));
        if (finished != render)
        {
            throw new TimeoutException($"Rendering took longer than {timeout.TotalSeconds:0} seconds");
        }

        return await render;
    }

    private static async Task<byte[]> RenderPageAsync(IPage page, PdfDocument document)
    {
        await page.SetContentAsync(WithPageMargins(document), new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            PreferCSSPageSize = true,
        });
    }

    /// <summary>
    /// The running header and the footer are CSS page-margin boxes rather than Chromium's header template, because only
    /// CSS can leave the header off the first page, where the record's own heading stands.
    /// </summary>
    internal static string WithPageMargins(PdfDocument document)
    {
        const string font = "font-family: 'Liberation Sans', Arial, sans-serif; font-size: 8pt; color: #333;";
        var css = $$"""
            <style>
            @page { size: A4; margin: 20mm 15mm;
              @top-right { content: {{CssString(document.HeaderText)}}; {{font}} }
              @bottom-left { content: {{CssString(document.FooterText)}}; {{font}} }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); {{font}} white-space: nowrap; } }
            @page :first { @top-right { content: none; } }
            </style>
            """;
        var head = document.Html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? css + document.Html : document.Html.Insert(head, css);
    }

    /// <summary>A CSS string in which every character but letters, digits and spaces is a hex escape, so no text can end the string or the style element.</summary>
    internal static string CssString(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in text.EnumerateRunes())
        {
            if ((rune.IsAscii && Rune.IsLetterOrDigit(rune)) || rune.Value == ' ')
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append('\\').Append(rune.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return builder.Append('"').ToString();
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } browser)
        {
            return browser;
        }

        await _launch.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } launched)
            {
                return launched;
            }

            var path = options.Value.ExecutablePath;
            if (!File.Exists(path))
            {
                throw new PdfRenderException($"Chromium is not installed at {path} (Debian package chromium; setting Pdf:ExecutablePath)");
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Flags,
                Timeout = 30_000,
            });
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private async Task ResetAsync()
    {
        var browser = _browser;
        _browser = null;
        if (browser is not null)
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PlaywrightException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ResetAsync();
        _playwright?.Dispose();
        _launch.Dispose();
        _renders.Dispose();
    }
}
