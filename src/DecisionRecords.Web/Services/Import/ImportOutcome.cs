using System.Text;
using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Domain.Audit;
using DecisionRecords.Web.Infrastructure;
using DecisionRecords.Web.Services.Changes;
using Microsoft.EntityFrameworkCore;

namespace DecisionRecords.Web.Services.Import;

public sealed record ImportOutcome(string Source, bool Imported, string? Reference, string? Refusal, IReadOnlyList<string> Discrepancies)
{
    public string Line => Imported
        ? $"{Source}: imported {Reference}{(Discrepancies.Count == 0 ? "" : $" with {Discrepancies.Count} discrepancies")}"
        : $"{Source}: refused: {Refusal}";
}
