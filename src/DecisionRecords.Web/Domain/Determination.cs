namespace DecisionRecords.Web.Domain;

/// <summary>
/// The Monitoring Officer's publication-scheme determination. Made in this service, every answer is given; read from
/// the archive, an answer left blank on the original stays blank (null) and is never taken as Yes.
/// </summary>
public class Determination
{
    public const int ReasonsMaxLength = 4000;

    public bool? PublishRecord { get; set; }

    public bool? PublishReport { get; set; }

    public bool? PublishDetails { get; set; }

    /// <summary>Why anything is not published, citing the legislation; as written on an imported record ("None").</summary>
    public string? Reasons { get; set; }

    /// <summary>Codes from <see cref="Legislation"/>.</summary>
    public List<string> Legislation { get; set; } = [];

    public bool PublishesEverything => PublishRecord == true && PublishReport == true && PublishDetails == true;

    public bool IsComplete => PublishRecord is not null && PublishReport is not null && PublishDetails is not null;
}
