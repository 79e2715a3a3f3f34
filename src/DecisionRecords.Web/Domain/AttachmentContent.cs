namespace DecisionRecords.Web.Domain;

public class AttachmentContent
{
    public Guid AttachmentId { get; set; }

    public byte[] Data { get; set; } = [];
}
