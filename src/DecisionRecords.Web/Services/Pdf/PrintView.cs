using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services.Pdf;

public sealed record PrintModel(PublishedDecision Decision, bool Draft);

public sealed record PanelReport(DateOnly From, DateOnly To, IReadOnlyList<PanelReport.Row> Rows)
{
    public sealed record Row(Guid Id, string Reference, string Title, DateOnly? DecisionDate, DecisionOutcome? Outcome, DecisionStatus Status, string? WithheldReasons, long? ValuePence);
}

/// <summary>Renders a print view (Pages/Shared/_Print.cshtml, _PanelReportPrint.cshtml) to HTML and prints it: the same Razor as the web pages use.</summary>
public class PrintView(IRazorViewEngine viewEngine, ITempDataProvider tempData, IServiceProvider services, IPdfRenderer renderer, IOptions<OrganisationOptions> organisation, TimeProvider time)
{
    public Task<string> HtmlAsync(PrintModel model) => HtmlAsync("/Pages/Shared/_Print.cshtml", model);

    private async Task<string> HtmlAsync<TModel>(string path, TModel model)
    {
        var httpContext = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var view = viewEngine.GetView(null, path, isMainPage: true).View
            ?? throw new InvalidOperationException($"The print view {path} is missing.");
        var viewData = new ViewDataDictionary<TModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        await using var writer = new StringWriter();
        var context = new ViewContext(actionContext, view, viewData, new TempDataDictionary(httpContext, tempData), writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return writer.ToString();
    }

    public async Task<byte[]> PdfAsync(PrintModel model, CancellationToken cancellationToken)
    {
        var decision = model.Decision;
        var header = decision.RecordPublished ? $"{decision.Reference} {decision.Title}" : decision.Reference;
        var footer = model.Draft ? $"{decision.Reference} - DRAFT - NOT FOR PUBLICATION" : $"{organisation.Value.CommissionerTitle} - {decision.Reference}";
        var pdf = await renderer.RenderAsync(new PdfDocument(await HtmlAsync(model), header.Length > 120 ? header[..120] + "…" : header, footer), cancellationToken);
        var title = decision.RecordPublished ? $"{decision.Reference} {decision.Title}" : decision.Reference;
        return PdfInfo.Set(pdf, title, $"Decision record {decision.Reference} of the {organisation.Value.CommissionerTitle}{(model.Draft ? " (draft, not for publication)" : "")}", organisation.Value.OfficeName, time.GetUtcNow());
    }

    /// <summary>The Police and Crime Panel report for its agenda: the same rows as the page, printed like the records.</summary>
    public async Task<byte[]> PanelReportPdfAsync(PanelReport report, CancellationToken cancellationToken)
    {
        var title = $"Police and Crime Panel report: decisions from {UkTime.FormatDate(report.From)} to {UkTime.FormatDate(report.To)}";
        var pdf = await renderer.RenderAsync(new PdfDocument(await HtmlAsync("/Pages/Shared/_PanelReportPrint.cshtml", report), title, organisation.Value.CommissionerTitle), cancellationToken);
        return PdfInfo.Set(pdf, title, $"Decisions of the {organisation.Value.CommissionerTitle}, published and not published", organisation.Value.OfficeName, time.GetUtcNow());
    }
}

/// <summary>Prints each public version once, stores it with its SHA-256, and tries again later when printing fails.</summary>
public class PublishedPdfs(DecisionRecordsDbContext db, PrintView print, TimeProvider time, ILogger<PublishedPdfs> logger)
{
    public async Task<int> RenderMissingAsync(CancellationToken cancellationToken)
    {
        var missing = await db.PublishedVersions.AsNoTracking()
            .Where(v => v.IsLatest && !v.IsStub && !db.PublishedPdfs.Any(p => p.VersionId == v.Id))
            .OrderBy(v => v.PublishedAt).Take(20).ToListAsync(cancellationToken);
        var rendered = 0;
        foreach (var version in missing)
        {
            rendered += await RenderAsync(version, cancellationToken) is null ? 0 : 1;
        }

        return rendered;
    }

    /// <summary>Prints one version and stores it, or returns what another process stored first; null when printing failed.</summary>
    public async Task<PublishedPdf?> RenderAsync(PublishedVersion version, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await print.PdfAsync(new PrintModel(PublishedDecision.FromJson(version.ContentJson), Draft: false), cancellationToken);
            var pdf = new PublishedPdf
            {
                VersionId = version.Id,
                Data = bytes,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
                SizeBytes = bytes.LongLength,
                RenderedAt = time.GetUtcNow(),
            };
            db.PublishedPdfs.Add(pdf);
            await db.SaveChangesAsync(cancellationToken);
            return pdf;
        }
        catch (PdfRenderException ex)
        {
            logger.LogError(ex, "The PDF of {Reference} version {Number} could not be made; it will be tried again", version.Reference, version.Number);
            db.ChangeTracker.Clear();
            return null;
        }
        catch (DbUpdateException)
        {
            // Another request or instance stored it first: serve that one, so the PDF never changes once public.
            db.ChangeTracker.Clear();
            return await db.PublishedPdfs.AsNoTracking().SingleOrDefaultAsync(p => p.VersionId == version.Id, cancellationToken);
        }
    }
}

public sealed class PdfBackgroundService(IServiceScopeFactory scopes, ILogger<PdfBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(20));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PublishedPdfs>().RenderMissingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Printing published PDFs failed; it will be tried again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
