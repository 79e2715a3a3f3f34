using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Pages.Funding;

public sealed record BarChart(string Id, string Title, IReadOnlyList<(string Label, long Pence)> Bars);
