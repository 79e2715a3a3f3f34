namespace DecisionRecords.Web.Domain;

public static class AlertFrequencyExtensions
{
    public static string Describe(this AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Daily => "once a day, at 8:30am, when there is something to send",
        AlertFrequency.Weekly => "once a week, on Saturday at 8:30am, when there is something to send",
        _ => "as soon as a decision is published or changed",
    };

    public static string Label(this AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Daily => "Once a day",
        AlertFrequency.Weekly => "Once a week",
        _ => "Straight away",
    };
}
