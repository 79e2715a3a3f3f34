namespace DecisionRecords.Web.Infrastructure;

/// <summary>Marks a public page or endpoint whose response depends only on its URL and the publication stamp.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PublicResponseAttribute : Attribute;
