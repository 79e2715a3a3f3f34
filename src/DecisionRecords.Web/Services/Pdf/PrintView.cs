using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services.Pdf;

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
        return PdfInfo.Set(PdfArtifacts.Mark(pdf), title, $"Decision record {decision.Reference} of the {organisation.Value.CommissionerTitle}{(model.Draft ? " (draft, not for publication)" : "")}", organisation.Value.OfficeName, time.GetUtcNow());
    }

    /// <summary>The Police and Crime Panel report for its agenda: the same rows as the page, printed like the records.</summary>
    public async Task<byte[]> PanelReportPdfAsync(PanelReport report, CancellationToken cancellationToken)
    {
        var title = $"Police and Crime Panel report: decisions from {UkTime.FormatDate(report.From)} to {UkTime.FormatDate(report.To)}";
        var pdf = await renderer.RenderAsync(new PdfDocument(await HtmlAsync("/Pages/Shared/_PanelReportPrint.cshtml", report), title, organisation.Value.CommissionerTitle), cancellationToken);
        return PdfInfo.Set(PdfArtifacts.Mark(pdf), title, $"Decisions of the {organisation.Value.CommissionerTitle}, published and not published", organisation.Value.OfficeName, time.GetUtcNow());
    }

    /// <summary>The forward plan as it stood on a day, printed like the records.</summary>
    public async Task<byte[]> ForwardPlanPdfAsync(PlanAsAt plan, CancellationToken cancellationToken)
    {
        var title = $"Forward plan of the {organisation.Value.CommissionerTitle} as it stood on {UkTime.FormatDate(plan.Date)}";
        var pdf = await renderer.RenderAsync(new PdfDocument(await HtmlAsync("/Pages/Shared/_ForwardPlanPrint.cshtml", plan), title, organisation.Value.CommissionerTitle), cancellationToken);
        return PdfInfo.Set(PdfArtifacts.Mark(pdf), title, "Decisions the office intended to take, as its public forward plan showed them", organisation.Value.OfficeName, time.GetUtcNow());
    }
}
