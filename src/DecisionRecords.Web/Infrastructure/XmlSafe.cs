using System.Text;
using System.Xml;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>Text as XML 1.0 can carry it: characters it cannot hold (control characters, lone surrogates) are left out.</summary>
public static class XmlSafe
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        StringBuilder? safe = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                safe?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                safe?.Append(c);
                continue;
            }

            safe ??= new StringBuilder(value, 0, i, value.Length);
        }

        return safe?.ToString() ?? value;
    }
}
