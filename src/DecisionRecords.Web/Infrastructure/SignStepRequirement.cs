using DecisionRecords.Web.Domain;
using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>"May this user sign this step of this record?", asked of <see cref="SignStepAuthorizationHandler"/>.</summary>
public sealed record SignStepRequirement(SignOffStep Step) : IAuthorizationRequirement;
