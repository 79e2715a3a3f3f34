using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>The signer, as they are at the moment of signing, and how they proved it; or why they could not.</summary>
public sealed record SignerProof(ApplicationUser? User, SignatureConfirmation Confirmation, string? Problem);
