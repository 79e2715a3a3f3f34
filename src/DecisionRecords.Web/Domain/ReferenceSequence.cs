namespace DecisionRecords.Web.Domain;

/// <summary>The next number to allocate for a calendar year. Numbers are never reused, even when a draft is deleted.</summary>
public class ReferenceSequence
{
    public int Year { get; set; }

    public int NextNumber { get; set; }
}
