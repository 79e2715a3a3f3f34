namespace DecisionRecords.Web.Services;

public static class WorkingDays
{
    /// <summary>Whole Monday-to-Friday days after <paramref name="from"/>'s date up to and including <paramref name="to"/>'s date.</summary>
    public static int Between(DateTimeOffset from, DateTimeOffset to)
    {
        var days = 0;
        for (var day = DateOnly.FromDateTime(from.Date).AddDays(1); day <= DateOnly.FromDateTime(to.Date); day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }
}
