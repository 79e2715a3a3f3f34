namespace DecisionRecords.Web.Domain;

public static class RelationKindExtensions
{
    /// <summary>"This decision replaces EXE0019-23".</summary>
    public static string Verb(this RelationKind kind) => kind switch
    {
        RelationKind.Replaces => "replaces",
        RelationKind.Varies => "varies",
        RelationKind.Amends => "amends",
        RelationKind.Revokes => "revokes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Infinitive(this RelationKind kind) => kind switch
    {
        RelationKind.Replaces => "replace",
        RelationKind.Varies => "vary",
        RelationKind.Amends => "amend",
        RelationKind.Revokes => "revoke",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>"Replaced by EXE0021-23", on the earlier record.</summary>
    public static string Passive(this RelationKind kind) => kind switch
    {
        RelationKind.Replaces => "Replaced by",
        RelationKind.Varies => "Varied by",
        RelationKind.Amends => "Amended by",
        RelationKind.Revokes => "Revoked by",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
