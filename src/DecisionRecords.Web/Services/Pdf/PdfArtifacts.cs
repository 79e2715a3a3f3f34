using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace DecisionRecords.Web.Services.Pdf;

/// <summary>
/// Chromium tags what it prints, but draws its page-margin boxes (the running header and the page numbers) and a few
/// rules outside any marked content. PDF/UA asks that every mark on a page is either tagged or an artifact, so that a
/// screen reader reads the record once, without "Page 2 of 6" in the middle of a sentence. Each graphics object left
/// outside marked content is wrapped in <c>/Artifact BMC … EMC</c>. The new content streams are appended as an
/// incremental update, so every object Chromium wrote, its structure tree among them, stays as it was.
/// </summary>
public static class PdfArtifacts
{
    public static byte[] Mark(byte[] pdf)
    {
        if (PdfIncrementalUpdate.Begin(pdf) is not { } update)
        {
            // Not the classic cross-reference table this relies on: leave the file as it is rather than risk it.
            return pdf;
        }

        var changed = 0;
        using (var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            foreach (var page in document.Pages)
            {
                var contents = page.Elements["/Contents"];
                var references = contents is PdfArray array ? array.Elements.OfType<PdfReference>() : contents is PdfReference one ? [one] : [];
                foreach (var reference in references.DistinctBy(r => r.ObjectID))
                {
                    if (reference.Value is PdfDictionary { Stream: { } stream } && Wrap(stream.UnfilteredValue) is { } marked)
                    {
                        update.AddStream(reference.ObjectID.ObjectNumber, reference.ObjectID.GenerationNumber, marked);
                        changed++;
                    }
                }
            }
        }

        return changed == 0 ? pdf : update.Finish();
    }

    /// <summary>The content stream with each graphics object outside marked content made an artifact; null when nothing needs it.</summary>
    public static byte[]? Wrap(byte[] content)
    {
        var tokens = ContentTokens.Read(content);
        if (tokens is null)
        {
            return null;
        }

        var wraps = new List<(int Start, int End)>();
        var depth = 0;
        var operandsStart = -1;
        var pathStart = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsOperator)
            {
                operandsStart = operandsStart < 0 ? token.Start : operandsStart;
                continue;
            }

            var start = operandsStart < 0 ? token.Start : operandsStart;
            operandsStart = -1;
            switch (token.Name)
            {
                case "BDC" or "BMC":
                    depth++;
                    pathStart = -1;
                    continue;
                case "EMC":
                    depth--;
                    pathStart = -1;
                    continue;
            }

            if (depth > 0)
            {
                continue;
            }

            switch (token.Name)
            {
                case "BT":
                    var end = tokens.FindIndex(i, t => t.IsOperator && t.Name is "ET" or "BDC" or "BMC" or "EMC");
                    if (end < 0 || tokens[end].Name != "ET")
                    {
                        // Marked content inside a text object, or no end to it: not a shape this can wrap safely.
                        return null;
                    }

                    wraps.Add((start, tokens[end].End));
                    i = end;
                    break;
                case "m" or "re" when pathStart < 0:
                    pathStart = start;
                    break;
                case "S" or "s" or "f" or "F" or "f*" or "B" or "B*" or "b" or "b*" when pathStart >= 0:
                    wraps.Add((pathStart, token.End));
                    pathStart = -1;
                    break;
                case "n":
                    // A clipping path paints nothing.
                    pathStart = -1;
                    break;
            }
        }

        if (wraps.Count == 0)
        {
            return null;
        }

        var output = new MemoryStream(content.Length + (wraps.Count * 24));
        var at = 0;
        foreach (var (start, end) in wraps)
        {
            output.Write(content.AsSpan(at, start - at));
            output.Write("/Artifact BMC\n"u8);
            output.Write(content.AsSpan(start, end - start));
            output.Write("\nEMC"u8);
            at = end;
        }

        output.Write(content.AsSpan(at));
        return output.ToArray();
    }
}
