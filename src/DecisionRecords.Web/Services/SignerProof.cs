using DecisionRecords.Web.Data;
using DecisionRecords.Web.Domain;
using DecisionRecords.Web.Services.Changes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DecisionRecords.Web.Services;

/// <summary>The signer, as they are at the moment of signing, and how they proved it; or why they could not.</summary>
public sealed record SignerProof(ApplicationUser? User, SignatureConfirmation Confirmation, string? Problem);
