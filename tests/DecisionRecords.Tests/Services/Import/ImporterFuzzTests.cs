using System.Diagnostics;
using System.Text;
using DecisionRecords.Tests.Infrastructure;
using DecisionRecords.Web.Services.Import;

namespace DecisionRecords.Tests.Services.Import;

/// <summary>
/// Thousands of damaged versions of the seed records: the importer either reads them or refuses with a message;
/// it never throws anything else and never hangs.
/// </summary>
public class ImporterFuzzTests
{
    private static readonly string[] SeedFiles = ["EXE0005-21.txt", "EXE0019-24.txt", "EXE0021-24.txt", "EXE0003-20.txt", "board-report-2024-03-22.txt"];

    private static byte[] Mutate(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(10))
        {
            case 0:
                return Encoding.UTF8.GetBytes(text[..random.Next(text.Length)]);
            case 1:
                return Encoding.UTF8.GetBytes(string.Join('\n', lines.OrderBy(_ => random.Next())));
            case 2:
                var bytes = Encoding.UTF8.GetBytes(text);
                for (var i = 0; i < 1 + random.Next(50); i++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                return bytes;
            case 3:
                lines.Insert(random.Next(lines.Count), string.Join('\t', Enumerable.Repeat(new string('9', random.Next(1, 20000)), random.Next(1, 30))));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 4:
                return Encoding.Unicode.GetBytes(text);
            case 5:
                return Encoding.Latin1.GetBytes(text);
            case 6:
                lines.RemoveAt(random.Next(lines.Count));
                lines.RemoveAt(random.Next(lines.Count));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 7:
                var at = random.Next(lines.Count);
                lines[at] = lines[at].Replace(' ', '\t');
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 8:
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[random.Next(lines.Count)] + "\t£" + random.Next() + "," + random.Next(100) + "\t2019/20 - £" + random.Next());
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            default:
                var chars = text.ToCharArray();
                for (var i = 0; i < 1 + random.Next(200); i++)
                {
                    chars[random.Next(chars.Length)] = "\t\n£/:-*<>0123456789 ,."[random.Next(21)];
                }

                return Encoding.UTF8.GetBytes(chars);
        }
    }

    [Fact]
    public void Parse_ThousandsOfMutations_OnlyEverReadsOrRefuses()
    {
        var random = new Random(20261126);
        var seeds = SeedFiles.Select(Seeds.Read).ToArray();
        var (read, refused) = (0, 0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3000; i++)
        {
            var content = Mutate(random, seeds[i % seeds.Length]);
            var started = clock.Elapsed;
            try
            {
                var record = LegacyRecordParser.Parse(LegacyImporter.ReadText($"fuzz-{i}.txt", content));
                Assert.False(string.IsNullOrWhiteSpace(record.Reference));
                read++;
            }
            catch (ImportRefusedException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                refused++;
            }

            // A hang guard, not a speed target: a minute for one document is a runaway pattern, not a slow machine.
            Assert.True(clock.Elapsed - started < TimeSpan.FromMinutes(1), $"mutation {i} ran for {clock.Elapsed - started}");
        }

        Assert.True(read > 100 && refused > 100, $"read {read}, refused {refused}: the mutations should exercise both paths");
    }

    [Fact]
    public void ReadText_DamagedWordFiles_AreRefusedNotThrown()
    {
        var random = new Random(7);
        var docx = Docx.FromText(Seeds.Read("EXE0003-20.txt"));
        var (read, refused) = (0, 0);
        for (var i = 0; i < 200; i++)
        {
            var damaged = (byte[])docx.Clone();
            for (var j = 0; j < 1 + random.Next(20); j++)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            try
            {
                // Damage to a part the importer does not read (the header, the styles) leaves the record as it was.
                var record = LegacyRecordParser.Parse(LegacyImporter.ReadText("damaged.docx", damaged));
                Assert.Equal("EXE0003/20", record.Reference);
                read++;
            }
            catch (ImportRefusedException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                refused++;
            }
        }

        // Every part of a Word file carries a checksum: damage to a part the record is in is refused, with a reason.
        Assert.Equal(200, read + refused);
        Assert.True(refused > read, $"read {read}, refused {refused}");
    }
}
