using System.Globalization;
using DecisionRecords.Web.Services;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>Marks a public page or endpoint whose response depends only on its URL and the publication stamp.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicResponseAttribute : Attribute;
