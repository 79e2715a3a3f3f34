using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Where the service requires it, a signer or administrator has two-factor sign-in turned on before reaching anything
/// an officer policy guards. Part of every staff policy; <see cref="TwoFactorSetupRedirect"/> sends whoever fails it to set it up.
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement;
