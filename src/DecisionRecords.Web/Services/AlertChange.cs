using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// One change the public can see: a version published, amended, taken down or withheld. A take-down is matched on the
/// version that was public before it, since that is what the subscriber was following.
/// </summary>
public sealed record AlertChange(PublishedVersion Version, AlertChangeKind Kind, PublishedVersion MatchOn)
{
    public string Headline => Kind switch
    {
        AlertChangeKind.Updated => "Updated",
        AlertChangeKind.TakenDown => "Taken down",
        AlertChangeKind.Withheld => "Decided, record not published",
        _ => "New decision",
    };

    public string Title => $"{Version.Reference} {Version.Title ?? MatchOn.Title}".Trim();
}
