using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services.Import;

/// <summary>How the import pages name where a batch and each of its documents are.</summary>
public static class ImportWording
{
    public static string Phase(ImportBatchPhase phase) => phase switch
    {
        ImportBatchPhase.Checking => "Being checked",
        ImportBatchPhase.Checked => "Checked: waiting for you to import",
        ImportBatchPhase.Importing => "Being imported",
        _ => "Finished",
    };

    public static string State(ImportItemState state, bool checking) => state switch
    {
        ImportItemState.Waiting => checking ? "Waiting to be checked" : "Not imported",
        ImportItemState.Ready => checking ? "Ready to import" : "Waiting to be imported",
        ImportItemState.Unchanged => "Already imported, unchanged",
        ImportItemState.Refused => "Refused",
        _ => "Imported",
    };

    public static string Tag(ImportItemState state) => state switch
    {
        ImportItemState.Imported => "govuk-tag--green",
        ImportItemState.Ready => "govuk-tag--turquoise",
        ImportItemState.Refused => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };
}
