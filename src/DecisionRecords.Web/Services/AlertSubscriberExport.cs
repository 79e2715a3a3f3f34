using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>Everything the alerts hold about one address, for a subject access request.</summary>
public sealed record AlertSubscriberExport(string Email, IReadOnlyList<AlertSubscription> Subscriptions, IReadOnlyList<OutboxMessage> Emails);
