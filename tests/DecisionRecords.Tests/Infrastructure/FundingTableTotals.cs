using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services;

namespace DecisionRecords.Tests.Infrastructure;

public static class FundingTableTotals
{
    /// <summary>The table's totals as every page works them out (<see cref="DecisionValue"/>), nothing exempted.</summary>
    public static PublishedTable Totals(this FundingTable table) => PublishedTable.From(table, applyExemptions: false);
}
