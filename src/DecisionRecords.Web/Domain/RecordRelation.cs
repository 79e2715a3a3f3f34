namespace DecisionRecords.Web.Domain;

/// <summary>An earlier record this one replaces, varies, amends or revokes, by its reference as written.</summary>
/// <param name="Written">The sentence or marker the relation was read from, for an imported record; null when drafted here.</param>
public sealed record RecordRelation(RelationKind Kind, string Reference, string? Written = null)
{
    public const int WrittenMaxLength = 300;
    public const int MaxRelations = 10;
}
