namespace DecisionRecords.Web.Services;

/// <summary>The office that runs this instance: names, statements and reference format, so another OPCC needs no code changes.</summary>
public class OrganisationOptions
{
    public const string Section = "Organisation";

    public string CommissionerTitle { get; set; } = "Police and Crime Commissioner for Leicestershire";

    public string OfficeName { get; set; } = "Office of the Police and Crime Commissioner for Leicestershire";

    public string ShortName { get; set; } = "OPCC";

    public string ReferencePrefix { get; set; } = "EXE";

    /// <summary>{0} is the prefix, {1} the number, {2} the two-digit year.</summary>
    public string ReferenceFormat { get; set; } = "{0}{1:0000}-{2:00}";

    public List<string> Categories { get; set; } = [];

    public string AdviceStatement { get; set; } =
        "I have been consulted about the proposal and confirm that appropriate advice has been taken into account in the preparation of this report. I am satisfied that this is an appropriate request to be submitted to the Police and Crime Commissioner";

    public string DeterminationIntroduction { get; set; } =
        "As Monitoring Officer for the Office of Police and Crime Commissioner for Leicestershire I have determined that:";

    public string PublishRecordQuestion { get; set; } =
        "It is appropriate to publish this record of decision made by the Police and Crime Commissioner";

    public string PublishReportQuestion { get; set; } =
        "It is appropriate to publish the contents of the report proposing this course of action prepared by either of the senior post holders in the Office of the Police and Crime Commissioner for Leicestershire (i.e. either the Chief Executive or Chief Finance Officer)";

    public string PublishDetailsQuestion { get; set; } =
        "It is appropriate to publish details of the decision by the Police and Crime Commissioner for Leicestershire";

    public string DecisionStatement { get; set; } =
        "Having received the advice set out above and reviewed relevant documentation my decision in regard of this matter is:";
}
