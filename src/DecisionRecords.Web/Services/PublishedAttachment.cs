using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

public sealed record PublishedAttachment(Guid Id, string Title, string FileName, string ContentType, long SizeBytes)
{
    public static PublishedAttachment From(Attachment a) => new(a.Id, a.Title, a.FileName, a.ContentType, a.SizeBytes);
}
