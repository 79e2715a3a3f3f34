using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>What a decision page says of its stored PDF: its size, and the seal it carries (null for a copy made before sealing).</summary>
public sealed record PublicPdf(long SizeBytes, SealedCopy? Seal);
