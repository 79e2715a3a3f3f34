namespace DecisionRecords.Web.Domain.Audit;

/// <summary>
/// An administrator exported what the alerts hold about one address, for a subject access request. The address is not
/// kept here: the audit log outlives the 28 days after which the address itself is erased.
/// </summary>
public sealed record AlertSubscriberExportedEvent(string RequestReference, int Subscriptions, int Emails) : AuditPayload
{
    public override string Describe() =>
        $"Exported an email alert subscriber's data for request {RequestReference}: {Subscriptions} subscriptions, {Emails} emails";
}
