namespace DecisionRecords.Web.Services;

/// <summary>The organisations a record's funding lines name: the cells of a text column headed like "Delivery organisation".</summary>
public static class FundingOrganisations
{
    public static IEnumerable<string> Of(IEnumerable<PublishedTable> tables) =>
        tables.SelectMany(t =>
        {
            var textHeadings = t.Columns.Where(c => !c.IsAmount).Select(c => c.Heading).ToList();
            var index = textHeadings.FindIndex(h => h.Contains("organisation", StringComparison.OrdinalIgnoreCase));
            return index < 0 ? [] : t.Lines.Where(l => l.RedactedReason is null && index < l.Texts.Count).Select(l => l.Texts[index].Trim());
        }).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
}
