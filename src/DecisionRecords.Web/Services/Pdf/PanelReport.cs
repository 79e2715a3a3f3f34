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

public sealed record PanelReport(DateOnly From, DateOnly To, IReadOnlyList<PanelReport.Row> Rows)
{
    public sealed record Row(Guid Id, string Reference, string Title, DateOnly? DecisionDate, DecisionOutcome? Outcome, DecisionStatus Status, string? WithheldReasons, long? ValuePence);
}
