namespace DecisionRecords.Web.Domain;

/// <summary>Something a record needs before it can go for sign-off.</summary>
/// <param name="Field">The name of the <see cref="DecisionRecord"/> property that is missing, so a page can link to its field.</param>
public sealed record MissingItem(string Field, string Message)
{
    public override string ToString() => Message;
}
