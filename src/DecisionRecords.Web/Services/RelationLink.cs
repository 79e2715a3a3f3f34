namespace DecisionRecords.Web.Services;

/// <summary>
/// A line of a decision's "Related decisions": "This decision replaces EXE0019-23" or "Replaced by EXE0021-23", with
/// the other record's slug where it is in the register, and the sentence of the original that says so.
/// </summary>
public sealed record RelationLink(string Words, string Reference, string? Slug, string? Written);
