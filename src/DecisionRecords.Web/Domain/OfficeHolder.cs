namespace DecisionRecords.Web.Domain;

/// <summary>Who held an office between two dates, so that a record shows the holder on its own dates.</summary>
public class OfficeHolder
{
    public const int NameMaxLength = 100;
    public const int JobTitleMaxLength = 150;

    private OfficeHolder()
    {
    }

    public OfficeHolder(Guid id, Office office, string name, string jobTitle, DateOnly from, DateOnly? to)
    {
        Id = id;
        Update(office, name, jobTitle, from, to);
    }

    public Guid Id { get; private set; }

    public Office Office { get; private set; }

    public string Name { get; private set; } = "";

    public string JobTitle { get; private set; } = "";

    public DateOnly From { get; private set; }

    /// <summary>The last day in office; null while in office.</summary>
    public DateOnly? To { get; private set; }

    public int Version { get; private set; }

    public void Update(Office office, string name, string jobTitle, DateOnly from, DateOnly? to)
    {
        if (to is { } end && end < from)
        {
            throw new DomainException("The end date must be on or after the start date.");
        }

        Office = office;
        Name = name.Trim();
        JobTitle = jobTitle.Trim();
        From = from;
        To = to;
        Version++;
    }

    public bool HeldOn(DateOnly date) => From <= date && (To is null || date <= To);
}
