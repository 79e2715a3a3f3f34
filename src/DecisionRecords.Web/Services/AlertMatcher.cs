using System.Globalization;
using System.Text;
using DecisionRecords.Web.Domain;

namespace DecisionRecords.Web.Services;

/// <summary>
/// Whether a published version is one a view of the register would show, decided in memory so that one change is
/// matched against every list at once. Words match as the register's search does: each term's words, in order, as
/// whole words, whatever their case and accents.
/// </summary>
public static class AlertMatcher
{
    public static bool Matches(AlertCriteria criteria, PublishedVersion version)
    {
        // A list of the forward plan follows plan items, never the register's versions.
        if (criteria.ForwardPlan)
        {
            return false;
        }

        if (criteria.Category is { Length: > 0 } category && !string.Equals(version.Category, category, StringComparison.Ordinal))
        {
            return false;
        }

        if (criteria.Outcome is { } outcome && version.Outcome != outcome)
        {
            return false;
        }

        if (criteria.FundingYear is { Length: > 0 } year && !version.FundingYears.Contains($"|{year}|", StringComparison.Ordinal))
        {
            return false;
        }

        if (criteria.Organisation is { Length: > 0 } organisation && !version.Organisations.Contains($"|{organisation.Trim()}|", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var terms = PublicRegister.Terms(criteria.Q);
        if (terms.Count == 0)
        {
            return true;
        }

        var words = Words(version.SearchText);
        return terms.All(term => ContainsPhrase(words, Words(term)));
    }

    private static bool ContainsPhrase(List<string> words, List<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return true;
        }

        for (var i = 0; i + phrase.Count <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++)
            {
                all = words[i + j] == phrase[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a text, lower case and without accents: how the register, its alerts and the forward plan match words.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
