namespace DecisionRecords.Web.Domain.Audit;

/// <summary>An officer filed an imported record under a category, or took it out of one.</summary>
public sealed record CategorySetEvent(string? From, string? To, string? Suggested) : AuditPayload
{
    public override string Describe() =>
        (To is null ? $"Category removed (was {From})" : $"Category set to {To}{(From is null ? "" : $" (was {From})")}")
        + (Suggested is null ? "" : To == Suggested ? ", as the register suggested" : $"; the register suggested {Suggested}");
}
