namespace DecisionRecords.Web.Services;

/// <param name="CurrentHash">For officers: the record's content hash now, to show whether each signature still matches; null on public pages.</param>
public sealed record ApprovalBlocksView(PublishedDecision Decision, string? CurrentHash);
