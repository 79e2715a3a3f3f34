using System.Text;

namespace DecisionRecords.Web.Domain;

public static class DecisionReference
{
    public const int MaxLength = 30;

    /// <summary>The URL form of a reference: "EXE0003/20" and "EXE0003-20" both become "EXE0003-20".</summary>
    public static string ToSlug(string reference)
    {
        var builder = new StringBuilder(reference.Length);
        foreach (var c in reference.Trim().ToUpperInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
