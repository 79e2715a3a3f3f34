using DecisionRecords.Web.Services;

namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An administrator saved who held an office and when.</summary>
public sealed record OfficeHolderSavedEvent(Office Office, string Name, DateOnly From, DateOnly? To) : AuditPayload
{
    public override string Describe() =>
        $"{Office.DisplayName()}: {Name} from {UkTime.FormatDate(From)} to {(To is null ? "now" : UkTime.FormatDate(To))}";
}
