namespace DecisionRecords.Web.Domain;

/// <summary>
/// Why a key decision is taken without 28 clear days' notice on the forward plan, in the terms councils use: a general
/// exception (the matter cannot reasonably wait, the Panel's chair told) or special urgency (it cannot wait at all, the
/// chair agreeing).
/// </summary>
public enum NoticeException
{
    GeneralException,
    SpecialUrgency,
}
