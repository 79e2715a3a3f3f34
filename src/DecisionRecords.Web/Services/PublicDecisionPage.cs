using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// A decision's public page: the published version and its content, with its history and its stored PDF. A
/// preview shows the same page for a version that is not stored, with its links to files left out.
/// </summary>
public sealed record PublicDecisionPage(PublishedVersion Version, PublishedDecision Content, IReadOnlyList<PublishedVersion> History, PublicPdf? Pdf, bool IsPreview = false)
{
    /// <summary>Earlier records this one replaces or varies, and later ones that replace or vary it.</summary>
    public IReadOnlyList<RelationLink> Related { get; init; } = [];
}
