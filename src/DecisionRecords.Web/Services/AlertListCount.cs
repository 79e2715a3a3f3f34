using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>How many addresses follow one view of the register, at each frequency: what officers see, never who.</summary>
public sealed record AlertListCount(AlertCriteria Criteria, int Immediately, int Daily, int Weekly)
{
    public int Total => Immediately + Daily + Weekly;
}
