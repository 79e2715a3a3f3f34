namespace DecisionRecords.Web.Services;

public sealed record NewAttachment(string Title, string FileName, string ContentType, byte[] Data, bool IsPublic);
