namespace DecisionRecords.Web.Domain;

public static class NoticeExceptionExtensions
{
    public static string DisplayName(this NoticeException exception) => exception switch
    {
        NoticeException.GeneralException => "General exception",
        NoticeException.SpecialUrgency => "Special urgency",
        _ => throw new ArgumentOutOfRangeException(nameof(exception)),
    };
}
