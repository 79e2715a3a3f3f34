using Microsoft.AspNetCore.Authorization;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>A change to a record other than a signature, asked of <see cref="RecordOperationAuthorizationHandler"/>.</summary>
public sealed class RecordOperation : IAuthorizationRequirement
{
    public static readonly RecordOperation Create = new(nameof(Create));
    public static readonly RecordOperation Edit = new(nameof(Edit));
    public static readonly RecordOperation Delete = new(nameof(Delete));
    public static readonly RecordOperation Submit = new(nameof(Submit));
    public static readonly RecordOperation Withdraw = new(nameof(Withdraw));
    public static readonly RecordOperation Return = new(nameof(Return));
    public static readonly RecordOperation Amend = new(nameof(Amend));
    public static readonly RecordOperation Unpublish = new(nameof(Unpublish));
    public static readonly RecordOperation ExplainNote = new(nameof(ExplainNote));
    public static readonly RecordOperation Release = new(nameof(Release));
    public static readonly RecordOperation Import = new(nameof(Import));
    public static readonly RecordOperation Review = new(nameof(Review));
    public static readonly RecordOperation Categorise = new(nameof(Categorise));

    private RecordOperation(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
