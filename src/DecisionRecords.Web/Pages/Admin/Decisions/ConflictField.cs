using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DecisionRecords.Web.Pages.Admin.Decisions;

public sealed record ConflictField(string Name, string Mine, string Saved);
