using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>A section of a record with the tables that stand in it, in the order the original has them.</summary>
public sealed record RecordSectionView(string Heading, string? Markdown, IReadOnlyList<PublishedTable> Tables, PublishedDecision Decision)
{
    public static RecordSectionView Of(PublishedDecision decision, string heading, string? markdown, TablePlacement placement) =>
        new(heading, markdown, decision.TablesIn(placement).ToList(), decision);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown) && Tables.Count == 0;

    /// <summary>The section's text block by block, with each table after the blocks the original has before it.</summary>
    public IEnumerable<(Microsoft.AspNetCore.Html.IHtmlContent? Block, PublishedTable? Table)> Items()
    {
        var blocks = RichText.ToBlocks(Markdown);
        for (var i = 0; i <= blocks.Count; i++)
        {
            foreach (var table in Tables.Where(t => (t.AfterBlock is { } after ? Math.Min(after, blocks.Count) : blocks.Count) == i))
            {
                yield return (null, table);
            }

            if (i < blocks.Count)
            {
                yield return (blocks[i], null);
            }
        }
    }
}
