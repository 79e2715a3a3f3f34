namespace DecisionRecords.Web.Domain;

/// <summary>How a record stands to an earlier one, as the record says it: "This decision replaces EXE0019-23".</summary>
public enum RelationKind
{
    Replaces,
    Varies,
    Amends,
    Revokes,
}
