using System.Collections;
using System.Globalization;
using System.Reflection;

namespace DecisionRecords.Web.Infrastructure;

/// <summary>
/// Finds control characters (U+0000 to U+001F and U+007F to U+009F, but for tab and line breaks) in the text fields of
/// a bound form, however deep: lists of lines, their cells, dictionaries of reasons. They cannot be shown, would break a
/// feed or a file, and are refused with a message next to the field.
/// </summary>
public static class ControlCharacters
{
    public const string Message = "Remove the invisible control character from this field (it may have come with text copied from another program)";

    public static bool Has(string? text) => text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));

    /// <summary>The model-state keys of every field that holds a control character.</summary>
    public static IEnumerable<string> In(object? value, string key, int depth = 0)
    {
        switch (value)
        {
            case null:
                yield break;
            case string text:
                if (Has(text))
                {
                    yield return key;
                }

                yield break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    foreach (var found in In(entry.Value, $"{key}[{Convert.ToString(entry.Key, CultureInfo.InvariantCulture)}]", depth + 1))
                    {
                        yield return found;
                    }
                }

                yield break;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var found in In(item, $"{key}[{index.ToString(CultureInfo.InvariantCulture)}]", depth + 1))
                    {
                        yield return found;
                    }

                    index++;
                }

                yield break;
        }

        // Only the forms of this application are walked, and not too deep.
        var type = value.GetType();
        if (depth > 4 || type.Assembly != typeof(ControlCharacters).Assembly || !type.IsClass)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            foreach (var found in In(property.GetValue(value), $"{key}.{property.Name}", depth + 1))
            {
                yield return found;
            }
        }
    }
}
