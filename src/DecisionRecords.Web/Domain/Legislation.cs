namespace DecisionRecords.Web.Domain;

/// <summary>The maintained list of legislation cited for non-publication.</summary>
public static class Legislation
{
    /// <summary>The sections of the Freedom of Information Act 2000 an office of a Commissioner cites most; the form shows these first.</summary>
    public static readonly IReadOnlySet<string> Common = new HashSet<string>(StringComparer.Ordinal)
    {
        "FOIA-s21", "FOIA-s22", "FOIA-s30", "FOIA-s31", "FOIA-s36", "FOIA-s38", "FOIA-s40", "FOIA-s41", "FOIA-s42", "FOIA-s43",
    };

    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("FOIA-s21", "Freedom of Information Act 2000, section 21 (information accessible by other means)"),
        ("FOIA-s22", "Freedom of Information Act 2000, section 22 (information intended for future publication)"),
        ("FOIA-s23", "Freedom of Information Act 2000, section 23 (security bodies)"),
        ("FOIA-s24", "Freedom of Information Act 2000, section 24 (national security)"),
        ("FOIA-s26", "Freedom of Information Act 2000, section 26 (defence)"),
        ("FOIA-s27", "Freedom of Information Act 2000, section 27 (international relations)"),
        ("FOIA-s28", "Freedom of Information Act 2000, section 28 (relations within the United Kingdom)"),
        ("FOIA-s29", "Freedom of Information Act 2000, section 29 (the economy)"),
        ("FOIA-s30", "Freedom of Information Act 2000, section 30 (investigations and proceedings)"),
        ("FOIA-s31", "Freedom of Information Act 2000, section 31 (law enforcement)"),
        ("FOIA-s32", "Freedom of Information Act 2000, section 32 (court records)"),
        ("FOIA-s33", "Freedom of Information Act 2000, section 33 (audit functions)"),
        ("FOIA-s34", "Freedom of Information Act 2000, section 34 (parliamentary privilege)"),
        ("FOIA-s35", "Freedom of Information Act 2000, section 35 (formulation of government policy)"),
        ("FOIA-s36", "Freedom of Information Act 2000, section 36 (prejudice to effective conduct of public affairs)"),
        ("FOIA-s37", "Freedom of Information Act 2000, section 37 (communications with His Majesty)"),
        ("FOIA-s38", "Freedom of Information Act 2000, section 38 (health and safety)"),
        ("FOIA-s39", "Freedom of Information Act 2000, section 39 (environmental information)"),
        ("FOIA-s40", "Freedom of Information Act 2000, section 40 (personal information)"),
        ("FOIA-s41", "Freedom of Information Act 2000, section 41 (information provided in confidence)"),
        ("FOIA-s42", "Freedom of Information Act 2000, section 42 (legal professional privilege)"),
        ("FOIA-s43", "Freedom of Information Act 2000, section 43 (commercial interests)"),
        ("FOIA-s44", "Freedom of Information Act 2000, section 44 (prohibitions on disclosure)"),
        ("DPA-2018", "Data Protection Act 2018 and UK GDPR"),
        ("OTHER", "Other (given in the reasons)"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(l => l.Code == code).Name ?? code;

    public static bool IsFreedomOfInformation(string code) => code.StartsWith("FOIA-", StringComparison.Ordinal);

    /// <summary>A section of the Freedom of Information Act 2000 without the Act's name, as its group on the form names it.</summary>
    public static string ShortName(string code) => NameOf(code).Replace("Freedom of Information Act 2000, s", "S", StringComparison.Ordinal);
}
