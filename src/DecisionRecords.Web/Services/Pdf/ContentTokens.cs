namespace DecisionRecords.Web.Services.Pdf;

/// <summary>
/// The tokens of a PDF content stream (ISO 32000-1, 7.2 and 7.8.2): operands and operators with their byte ranges.
/// Strings, names, arrays and dictionaries are operands; a token that is none of those and not a number is an operator.
/// </summary>
public static class ContentTokens
{
    public readonly record struct Token(int Start, int End, string? Name)
    {
        public bool IsOperator => Name is not null;
    }

    /// <summary>The tokens, or null for a stream this does not read (an inline image, or bytes that end mid-token).</summary>
    public static List<Token>? Read(ReadOnlySpan<byte> content)
    {
        var tokens = new List<Token>();
        var i = 0;
        var nesting = 0;
        var compositeStart = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (IsWhite(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case (byte)'%':
                    while (i < content.Length && content[i] is not ((byte)'\r' or (byte)'\n'))
                    {
                        i++;
                    }

                    continue;
                case (byte)'(':
                    var depth = 0;
                    for (; i < content.Length; i++)
                    {
                        if (content[i] == '\\')
                        {
                            i++;
                        }
                        else if (content[i] == '(')
                        {
                            depth++;
                        }
                        else if (content[i] == ')' && --depth == 0)
                        {
                            break;
                        }
                    }

                    if (i >= content.Length)
                    {
                        return null;
                    }

                    i++;
                    break;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                case (byte)'[':
                    if (nesting++ == 0)
                    {
                        compositeStart = i;
                    }

                    i += c == '[' ? 1 : 2;
                    continue;
                case (byte)'>' when i + 1 < content.Length && content[i + 1] == '>':
                case (byte)']':
                    if (--nesting < 0)
                    {
                        return null;
                    }

                    i += c == ']' ? 1 : 2;
                    if (nesting == 0)
                    {
                        tokens.Add(new Token(compositeStart, i, null));
                    }

                    continue;
                case (byte)'<':
                    var close = content[i..].IndexOf((byte)'>');
                    if (close < 0)
                    {
                        return null;
                    }

                    i += close + 1;
                    break;
                case (byte)'/':
                    i++;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    break;
                default:
                    if (!IsRegular(c))
                    {
                        return null;
                    }

                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    // Numbers are most of a page's tokens: only operators are named, so only they allocate a string.
                    if (nesting == 0 && c is (byte)'+' or (byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9'))
                    {
                        tokens.Add(new Token(start, i, null));
                    }
                    else if (nesting == 0)
                    {
                        var word = System.Text.Encoding.Latin1.GetString(content[start..i]);
                        if (word is "BI" or "ID" or "EI")
                        {
                            return null;
                        }

                        tokens.Add(new Token(start, i, word is "true" or "false" or "null" ? null : word));
                    }

                    continue;
            }

            if (nesting == 0)
            {
                tokens.Add(new Token(start, i, null));
            }
        }

        return nesting == 0 ? tokens : null;
    }

    private static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte c) => !IsWhite(c) && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
