using UglyToad.PdfPig;

namespace DecisionRecords.Tests.Infrastructure;

public class TmpDump
{
    [Fact]
    public void Dump()
    {
        using var doc = PdfDocument.Open("/tmp/pdf/EXE0003-20.pdf");
        var w = new StringWriter();
        foreach (var page in doc.GetPages().Take(3))
        {
            w.WriteLine($"PAGE {page.Number} {page.Width}x{page.Height}");
            foreach (var p in page.Paths)
            {
                var r = p.GetBoundingRectangle();
                w.WriteLine($"PATH filled={p.IsFilled} stroked={p.IsStroked} lw={p.LineWidth} rect={r}");
            }
            foreach (var word in page.GetWords().Take(400))
            {
                w.WriteLine($"W {word.BoundingBox.Left:F1} {word.BoundingBox.Right:F1} {word.BoundingBox.Bottom:F1} {word.BoundingBox.Top:F1} {word.Letters[0].FontName} {word.Letters[0].PointSize} '{word.Text}'");
            }
        }
        File.WriteAllText("/tmp/pdf/dump.txt", w.ToString());
    }
}
